package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.dispatch.DispatchService;

/**
 * Task_CheckMonthComplete (查看本月报送是否全部办结): after the report's closing has committed, tells the month's
 * cycle if none of its reports is open any more (see {@link DispatchService#reportClosed(long)}).
 */
@Component("checkMonthCompleteDelegate")
class CheckMonthCompleteDelegate implements JavaDelegate {

    private final DispatchService dispatch;

    CheckMonthCompleteDelegate(DispatchService dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dispatch.reportClosed((Long) execution.getVariable(UnitMonthlyReportProcess.Variables.CYCLE_ID));
    }
}
