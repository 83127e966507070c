package cn.ecodispatch.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationProcess;
import cn.ecodispatch.rectification.RectificationTaskContext;

/**
 * Task_ApplySupervisionMeasure (落实督办措施): records the measure the decision table gave and carries it out
 * (提示函 issues a letter, 问责 starts an accountability case); the rectification then goes back to the unit.
 */
@Component("applySupervisionMeasureDelegate")
class ApplySupervisionMeasureDelegate implements JavaDelegate {

    private final RectificationTaskContext context;
    private final SupervisionService supervision;

    ApplySupervisionMeasureDelegate(RectificationTaskContext context, SupervisionService supervision) {
        this.context = context;
        this.supervision = supervision;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Rectification rectification = context.rectificationOf(execution);
        Measure measure = Measure.ofLabel(RectificationProcess.Variables.SUPERVISION_MEASURE.from(execution));
        supervision.apply(measure, SupervisionFacts.of(execution), rectification.getReport(), rectification);
    }
}
