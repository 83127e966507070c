package cn.ecodispatch.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.dispatch.MonthlyDispatchProcess.Variables;

/**
 * Task_StartUnitReportBatch (分批下发各单位月度报送): one inner instance of the multi-instance, one job, per batch;
 * the engine's loop counter is the batch number. Asynchronous before (any node takes the batch, it is retried alone)
 * and after (joining the batches cannot roll a batch's reports back).
 */
@Component("startUnitReportBatchDelegate")
class StartUnitReportBatchDelegate implements JavaDelegate {

    private final DispatchService dispatch;
    private final UnitReportBatches batches;

    StartUnitReportBatchDelegate(DispatchService dispatch, UnitReportBatches batches) {
        this.dispatch = dispatch;
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = Variables.CYCLE_ID.from(execution);
        batches.send(dispatch.cycle(cycleId), Variables.LOOP_COUNTER.from(execution),
                Variables.REPORT_BATCH_SIZE.from(execution));
    }
}
