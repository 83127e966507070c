package cn.ecodispatch.dispatch;

import java.util.Date;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess.Variables;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.Period;

/**
 * Task_OpenPeriod (开启调度期). The timer start opens the month just begun; the office's start names the period.
 * A period that already has a cycle is refused: the office sees the refusal at once, a timer start ends on the
 * "重复调度已拒绝" path.
 */
@Component("openPeriodDelegate")
class OpenPeriodDelegate implements JavaDelegate {

    private final DispatchService dispatch;
    private final Clock clock;

    OpenPeriodDelegate(DispatchService dispatch, Clock clock) {
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requested = Variables.PERIOD.find(execution).orElse(null);
        boolean byTimer = requested == null;
        Period period = byTimer ? Period.containing(clock.now()) : Period.parse(requested);
        if (dispatch.cycleOf(period).isPresent()) {
            DuplicateCycleException refusal = new DuplicateCycleException(period);
            if (byTimer) {
                throw new BpmnError(MonthlyDispatchProcess.ERROR_PERIOD_ALREADY_OPEN, refusal.getMessage());
            }
            throw refusal;
        }
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String startedBy = byTimer ? "定时任务" : user == null ? "创建办" : user.getUserId();
        DispatchCycle cycle = dispatch.open(period, startedBy, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(period.toString());
        Variables.PERIOD.setOn(execution, period.toString());
        Variables.CYCLE_ID.setOn(execution, cycle.getId());
        Variables.CLOSING_AT.setOn(execution, Date.from(cycle.getClosingAt().toInstant()));
    }
}
