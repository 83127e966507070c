package cn.ecodispatch.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox and the daily due-tomorrow check on their crons ({@code eco.notification}). */
@Configuration
@EnableScheduling
class NotificationScheduling {
}
