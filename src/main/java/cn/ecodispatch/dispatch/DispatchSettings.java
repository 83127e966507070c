package cn.ecodispatch.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the month's cycle starts and its dates, from {@code eco.dispatch}.
 *
 * @param cron            Quartz-style cron of the timer start (seconds first), in Asia/Shanghai
 * @param reportDueDay    day of the month by whose end each unit's report is due
 * @param closingDay      day of the month by whose end the cycle stops waiting for reports
 * @param reportBatchSize how many units' reports one job sends out when a month opens
 */
@ConfigurationProperties("eco.dispatch")
public record DispatchSettings(String cron, int reportDueDay, int closingDay, int reportBatchSize) {

    public DispatchSettings {
        if (reportBatchSize < 1) {
            throw new IllegalArgumentException("eco.dispatch.report-batch-size 须至少为 1：" + reportBatchSize);
        }
    }
}
