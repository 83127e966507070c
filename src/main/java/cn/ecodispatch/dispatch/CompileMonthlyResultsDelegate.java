package cn.ecodispatch.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompileResults (汇总本月结果): decides and carries out each unit's supervision measure for the month. */
@Component("compileMonthlyResultsDelegate")
class CompileMonthlyResultsDelegate implements JavaDelegate {

    private final DispatchService dispatch;
    private final MonthlyResults results;

    CompileMonthlyResultsDelegate(DispatchService dispatch, MonthlyResults results) {
        this.dispatch = dispatch;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = MonthlyDispatchProcess.Variables.CYCLE_ID.from(execution);
        results.compile(dispatch.cycle(cycleId));
    }
}
