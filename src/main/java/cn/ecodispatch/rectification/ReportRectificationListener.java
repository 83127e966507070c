package cn.ecodispatch.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;

/** Task_ReportRectification (报告整改情况), on complete: records what the unit did, as a new round. */
@Component("reportRectificationListener")
class ReportRectificationListener implements TaskListener {

    private final RectificationTaskContext context;
    private final RectificationService rectifications;

    ReportRectificationListener(RectificationTaskContext context, RectificationService rectifications) {
        this.context = context;
        this.rectifications = rectifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String actionTaken = FormValues.requiredText(task, RectificationProcess.Fields.ACTION_TAKEN);
        rectifications.reportAction(context.rectificationCompleting(task), actionTaken, FormValues.currentUser(task));
        FormValues.discard(task, RectificationProcess.Fields.ACTION_TAKEN);
    }
}
