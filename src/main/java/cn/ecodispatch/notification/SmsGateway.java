package cn.ecodispatch.notification;

/**
 * Sends a text message. The default only logs ({@link LoggingSmsGateway}); a real gateway is a Spring bean
 * implementing this interface marked {@code @Primary}. A failure is reported by throwing: the message is tried
 * again with the next delivery run.
 */
public interface SmsGateway {

    void send(String phone, String text);
}
