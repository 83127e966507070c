package cn.ecodispatch.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Until a real SMS gateway is plugged in: the message is written to the log. */
@Component
class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        LOG.info("短信（未接入短信网关，仅记录）→ {}：{}", phone, text);
    }
}
