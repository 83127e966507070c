package cn.ecodispatch.notification;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.StartupLock;
import cn.ecodispatch.shared.Zones;

/**
 * Once a day: the people an open task is offered to are told when it is due by the end of tomorrow (明日到期). A
 * task is announced once for its due date, also when it is re-created on the same step (a saved draft) or the
 * check runs again; nodes sharing the database take turns through a row lock.
 */
@Component
class DueTomorrowCheck {

    private static final int PAGE = 500;

    private final TaskService tasks;
    private final Recipients recipients;
    private final Notices notices;
    private final StartupLock lock;
    private final Clock clock;

    DueTomorrowCheck(TaskService tasks, Recipients recipients, Notices notices, StartupLock lock, Clock clock) {
        this.tasks = tasks;
        this.recipients = recipients;
        this.notices = notices;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(cron = "${eco.notification.due-tomorrow-cron}", zone = "Asia/Shanghai")
    @Transactional
    public void run() {
        lock.acquire("notice-due-tomorrow");
        OffsetDateTime now = clock.now();
        // Due times at midnight mean "by the end of the day before": the start of the day after tomorrow is in.
        Date until = Date.from(now.atZoneSameInstant(Zones.SHANGHAI).toLocalDate().plusDays(2)
                .atStartOfDay(Zones.SHANGHAI).toInstant().plusMillis(1));
        List<Task> page;
        int first = 0;
        do {
            page = tasks.createTaskQuery().active().dueAfter(Date.from(now.toInstant())).dueBefore(until)
                    .orderByTaskId().asc().listPage(first, PAGE);
            page.forEach(this::announce);
            first += PAGE;
        } while (page.size() == PAGE);
    }

    private void announce(Task task) {
        String due = NoticeDates.due(task.getDueDate());
        String subject = "due:" + (task.getProcessInstanceId() == null ? task.getId()
                : task.getProcessInstanceId() + ":" + task.getTaskDefinitionKey()) + ":" + task.getDueDate().getTime();
        notices.send(recipients.ofTask(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId())),
                Notice.Kind.DUE_TOMORROW, subject, new NoticeText("明日到期：" + task.getName(),
                        "任务「" + task.getName() + "」将于" + due + "到期，请抓紧办理。",
                        TaskArrivalListener.TASKLIST_TASK + task.getId()));
    }
}
