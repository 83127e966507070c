package cn.ecodispatch.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.shared.WorkReturned;

/**
 * Every user task, on create (after the step's own listeners have named and possibly assigned it): the people it
 * is offered to are told that it arrived — or that it came back returned, when a return was announced in the same
 * transaction. Whoever's action created the task (e.g. by saving a draft) is not told about it.
 */
@Component
class TaskArrivalListener implements TaskListener {

    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    private final Notices notices;
    private final Recipients recipients;
    private final PendingReturns returns;
    private final DisplayNames names;
    private final IdentityService identity;

    TaskArrivalListener(Notices notices, Recipients recipients, PendingReturns returns, DisplayNames names,
            IdentityService identity) {
        this.notices = notices;
        this.recipients = recipients;
        this.returns = returns;
        this.names = names;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> people = new LinkedHashSet<>(recipients.ofTask(task.getAssignee(), task.getCandidates()));
        Authentication actor = identity.getCurrentAuthentication();
        if (actor != null) {
            people.remove(actor.getUserId());
        }
        if (people.isEmpty()) {
            return;
        }
        String subject = "task:" + task.getId();
        String link = TASKLIST_TASK + task.getId();
        String due = NoticeDates.due(task.getDueDate());
        String byDue = due == null ? "" : "于" + due + "前";
        returns.take(task.getProcessInstanceId()).ifPresentOrElse(
                returned -> notices.sendAboutNew(people, Notice.Kind.RETURNED, subject,
                        returnedText(task, returned, byDue, link)),
                () -> notices.sendAboutNew(people, Notice.Kind.TASK_ARRIVED, subject,
                        new NoticeText("新任务：" + task.getName(),
                                "您有一项新任务「" + task.getName() + "」，请" + byDue + "在任务中心（Tasklist）办理。", link)));
    }

    private NoticeText returnedText(DelegateTask task, WorkReturned returned, String byDue, String link) {
        return new NoticeText("「" + task.getName() + "」被退回",
                names.of(returned.returnedBy()) + "在「" + returned.step() + "」中退回，退回原因：" + returned.reason()
                        + "。请修改后" + byDue + "重新办理。", link);
    }
}
