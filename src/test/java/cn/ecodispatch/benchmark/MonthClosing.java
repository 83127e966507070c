package cn.ecodispatch.benchmark;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.value.JsonValue;

import cn.ecodispatch.bulletin.BulletinProcess;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess;

/**
 * g. The rest of the month after table b: its still-open reports fall due, the closing date passes, the director
 * consults, the bulletin is drafted. The engine's clock is set to each date and every job then due is executed one
 * by one in this thread (the job executor stopped), as a single job executor thread would.
 */
final class MonthClosing {

    record Result(int units, int reminderJobs, double remindersSeconds, double compileSeconds, double consultOpenMs,
            int consultFormKb, int problemsChars, double consultCompleteMs, double bulletinSeconds, double editOpenMs,
            int bulletinChars) {
    }

    private final RunningApplication app;
    private final ManagementService management;

    MonthClosing(RunningApplication app) {
        this.app = app;
        this.management = app.engine.getManagementService();
    }

    Result close(String period, int units) {
        Map<String, Object> dates = app.jdbc.queryForMap(
                "select report_due_at, closing_at from eco_dispatch_cycle where period = ?", period);
        try {
            ClockUtil.setCurrentTime(minuteAfter(dates.get("report_due_at")));
            long start = System.nanoTime();
            int reminders = runDueJobs();
            double remindersSeconds = (System.nanoTime() - start) / 1e9;

            ClockUtil.setCurrentTime(minuteAfter(dates.get("closing_at")));
            start = System.nanoTime();
            runDueJobs();
            double compileSeconds = (System.nanoTime() - start) / 1e9;
            Task consult = waiting(MonthlyDispatchProcess.Elements.TASK_CONSULT);
            start = System.nanoTime();
            VariableMap form = app.as("director", () -> app.engine.getFormService()
                    .getTaskFormVariables(consult.getId(), null, false));
            double consultOpenMs = (System.nanoTime() - start) / 1e6;
            Map<String, Object> accepted = new LinkedHashMap<>();
            for (var field : List.of(MonthlyDispatchProcess.Fields.PROBLEMS_LIST,
                    MonthlyDispatchProcess.Fields.COMMENDED_UNITS, MonthlyDispatchProcess.Fields.CRITICIZED_UNITS,
                    MonthlyDispatchProcess.Fields.INSPECTION_UNITS)) {
                accepted.put(field.name(), form.getValueTyped(field.name()));
            }
            start = System.nanoTime();
            app.as("director", () -> {
                app.engine.getTaskService().complete(consult.getId(), accepted);
                return null;
            });
            double consultCompleteMs = (System.nanoTime() - start) / 1e6;

            start = System.nanoTime();
            runDueJobs();
            double bulletinSeconds = (System.nanoTime() - start) / 1e9;
            Task edit = waiting(BulletinProcess.Elements.TASK_EDIT);
            start = System.nanoTime();
            VariableMap editForm = app.as("office1", () -> app.engine.getFormService()
                    .getTaskFormVariables(edit.getId(), null, false));
            double editOpenMs = (System.nanoTime() - start) / 1e6;
            return new Result(units, reminders, remindersSeconds, compileSeconds, consultOpenMs, size(form) / 1024,
                    ((String) form.get(MonthlyDispatchProcess.Fields.PROBLEMS_LIST.name())).length(), consultCompleteMs,
                    bulletinSeconds, editOpenMs, ((String) editForm.get(BulletinProcess.Fields.BODY.name())).length());
        } finally {
            ClockUtil.reset();
        }
    }

    private static Date minuteAfter(Object timestamp) {
        Date at = timestamp instanceof OffsetDateTime t ? Date.from(t.toInstant()) : (Date) timestamp;
        return new Date(at.getTime() + 60_000);
    }

    /** Executes every due job of a running instance until none is left; fails on the first job that fails. */
    private int runDueJobs() {
        int executed = 0;
        for (List<Job> due = due(); !due.isEmpty(); due = due()) {
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    private List<Job> due() {
        return management.createJobQuery().executable().list().stream()
                .filter(job -> job.getProcessInstanceId() != null).toList();
    }

    private Task waiting(String taskKey) {
        Task task = app.engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("closing the month: no task " + taskKey + " is waiting");
        }
        return task;
    }

    /** The form's values as Tasklist receives them, in bytes of text. */
    private static int size(VariableMap form) {
        return form.keySet().stream().mapToInt(name -> {
            Object value = form.getValueTyped(name);
            String text = value instanceof JsonValue json ? json.getValueSerialized() : String.valueOf(form.get(name));
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }).sum();
    }
}
