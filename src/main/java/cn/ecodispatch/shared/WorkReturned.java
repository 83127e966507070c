package cn.ecodispatch.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Someone sent work back (退回) from a step with a reason: a leader or the office returning a report, the office
 * failing a rectification, the director returning a bulletin. Published while the task is being completed, before
 * the process reaches the step the work goes back to.
 *
 * @param processInstanceId the process the work goes back in
 * @param step              the step it was returned from, e.g. 创建办审核
 * @param returnedBy        the user id of whoever returned it
 * @param reason            why, as they wrote it
 */
public record WorkReturned(String processInstanceId, String step, String returnedBy, String reason) {

    /** The work of the task being completed goes back, for the reason given. */
    public static WorkReturned from(DelegateTask task, String reason) {
        String step = task.getName() == null ? "" : task.getName().split("｜", 2)[0];
        return new WorkReturned(task.getProcessInstanceId(), step, FormValues.currentUser(task), reason);
    }
}
