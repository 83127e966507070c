package cn.ecodispatch.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartUnitReports (下发各单位月度报送): one report and one process instance per reporting unit. */
@Component("startUnitReportsDelegate")
class StartUnitReportsDelegate implements JavaDelegate {

    private final DispatchService dispatch;

    StartUnitReportsDelegate(DispatchService dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = (Long) execution.getVariable(MonthlyDispatchProcess.Variables.CYCLE_ID);
        dispatch.startUnitReports(dispatch.cycle(cycleId));
    }
}
