package cn.ecodispatch.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notices go out, from {@code eco.notification}.
 *
 * @param siteUrl          the address people open the system at, put before the links in e-mails
 * @param mailFrom         the sender of the e-mails
 * @param deliveryCron     when the outbox is sent (Spring cron, seconds first; "-" never)
 * @param dueTomorrowCron  when open tasks due by the end of tomorrow are announced, Asia/Shanghai
 * @param maxAttempts      tries of a failing e-mail or SMS before it counts as failed
 */
@ConfigurationProperties("eco.notification")
public record NotificationSettings(String siteUrl, String mailFrom, String deliveryCron, String dueTomorrowCron,
        int maxAttempts) {
}
