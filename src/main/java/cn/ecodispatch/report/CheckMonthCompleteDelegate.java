package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_CheckMonthComplete (查看本月报送是否全部办结): after the report's closing has committed, announces
 * {@link ReportClosed}; the month that sent the report listens and checks whether none of its reports is open any
 * more. The listener runs in this job's transaction, so a failure retries the job.
 */
@Component("checkMonthCompleteDelegate")
class CheckMonthCompleteDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    CheckMonthCompleteDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ReportClosed(UnitMonthlyReportProcess.Variables.CYCLE_ID.from(execution),
                UnitMonthlyReportProcess.Variables.REPORT_ID.from(execution)));
    }
}
