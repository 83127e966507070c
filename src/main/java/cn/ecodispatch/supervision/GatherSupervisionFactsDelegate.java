package cn.ecodispatch.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.rectification.RectificationTaskContext;

/** Task_GatherSupervisionFacts (汇总督办依据): the inputs of the decision table that follows. */
@Component("gatherSupervisionFactsDelegate")
class GatherSupervisionFactsDelegate implements JavaDelegate {

    private final RectificationTaskContext context;
    private final SupervisionService supervision;

    GatherSupervisionFactsDelegate(RectificationTaskContext context, SupervisionService supervision) {
        this.context = context;
        this.supervision = supervision;
    }

    @Override
    public void execute(DelegateExecution execution) {
        supervision.factsFor(context.rectificationOf(execution)).setOn(execution);
    }
}
