package cn.ecodispatch.rectification;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.report.UnitMonthlyReportProcess;

/** Task_StartRectifications (启动问题整改) in unit-monthly-report: one rectification process per problem found. */
@Component("startRectificationsDelegate")
class StartRectificationsDelegate implements JavaDelegate {

    private final RectificationService rectifications;

    StartRectificationsDelegate(RectificationService rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ids = UnitMonthlyReportProcess.Variables.RECTIFICATION_IDS.from(execution);
        Arrays.stream(ids.split(",")).filter(id -> !id.isBlank())
                .forEach(id -> rectifications.startProcess(rectifications.rectification(Long.parseLong(id))));
    }
}
