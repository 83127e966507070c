package cn.ecodispatch.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.dispatch.MonthlyDispatchProcess.Variables;

/**
 * Task_PlanUnitReportBatches (划分报送下发批次): how many batches the month's reports go out in, and of what size.
 * Only these two numbers become variables, never the units themselves; each batch finds its units again.
 */
@Component("planUnitReportBatchesDelegate")
class PlanUnitReportBatchesDelegate implements JavaDelegate {

    private final DispatchService dispatch;
    private final UnitReportBatches batches;

    PlanUnitReportBatchesDelegate(DispatchService dispatch, UnitReportBatches batches) {
        this.dispatch = dispatch;
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = Variables.CYCLE_ID.from(execution);
        UnitReportBatches.Plan plan = batches.plan(dispatch.cycle(cycleId));
        Variables.REPORT_BATCH_SIZE.setOn(execution, plan.batchSize());
        Variables.REPORT_BATCH_COUNT.setOn(execution, plan.batches());
    }
}
