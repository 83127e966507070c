package cn.ecodispatch.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseCycle (记录会商决定并结束本期): the month is closed; its decisions are on record. */
@Component("closeCycleDelegate")
class CloseCycleDelegate implements JavaDelegate {

    private final DispatchService dispatch;

    CloseCycleDelegate(DispatchService dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dispatch.close(dispatch.cycle(MonthlyDispatchProcess.Variables.CYCLE_ID.from(execution)));
    }
}
