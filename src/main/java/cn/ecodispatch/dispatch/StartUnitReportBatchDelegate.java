package cn.ecodispatch.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.dispatch.MonthlyDispatchProcess.Variables;

/**
 * Task_StartUnitReportBatch (下发本批各单位月度报送), inside SubProcess_UnitReportBatch: one instance of the
 * multi-instance, one job, per batch; the engine's loop counter is the batch number. Asynchronous before and not
 * exclusive: any node takes the batch, several run at once, each is retried alone. The batch's instance ends in a job
 * of its own (EndEvent_BatchSent), exclusive, so that joining the batches neither rolls a batch's reports back nor
 * collides with another batch's joining.
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
