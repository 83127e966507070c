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
            JobRun dueDate = runDueJobs();
            ClockUtil.setCurrentTime(minuteAfter(dates.get("closing_at")));
            JobRun compile = runDueJobs();
            Timed<VariableMap> consult = opened("director", waiting(MonthlyDispatchProcess.Elements.TASK_CONSULT));
            VariableMap form = consult.value();
            Map<String, Object> accepted = new LinkedHashMap<>();
            for (var field : List.of(MonthlyDispatchProcess.Fields.PROBLEMS_LIST,
                    MonthlyDispatchProcess.Fields.COMMENDED_UNITS, MonthlyDispatchProcess.Fields.CRITICIZED_UNITS,
                    MonthlyDispatchProcess.Fields.INSPECTION_UNITS)) {
                accepted.put(field.name(), form.getValueTyped(field.name()));
            }
            Timed<Object> completed = timed("director", () -> {
                app.engine.getTaskService().complete(consult.task().getId(), accepted);
                return null;
            });
            JobRun bulletin = runDueJobs();
            Timed<VariableMap> edit = opened("office1", waiting(BulletinProcess.Elements.TASK_EDIT));
            return new Result(units, dueDate.jobs(), dueDate.seconds(), compile.seconds(), consult.ms(),
                    size(form) / 1024, ((String) form.get(MonthlyDispatchProcess.Fields.PROBLEMS_LIST.name())).length(),
                    completed.ms(), bulletin.seconds(), edit.ms(),
                    ((String) edit.value().get(BulletinProcess.Fields.BODY.name())).length());
        } finally {
            ClockUtil.reset();
        }
    }

    /** What a user's call answered, how long it took, and the task it was about. */
    private record Timed<T>(T value, double ms, Task task) {
    }

    /** The user opens the task's form, as Tasklist does. */
    private Timed<VariableMap> opened(String user, Task task) {
        Timed<VariableMap> opening = timed(user, () -> app.engine.getFormService()
                .getTaskFormVariables(task.getId(), null, false));
        return new Timed<>(opening.value(), opening.ms(), task);
    }

    private <T> Timed<T> timed(String user, java.util.concurrent.Callable<T> call) {
        long start = System.nanoTime();
        T value = app.as(user, call);
        return new Timed<>(value, (System.nanoTime() - start) / 1e6, null);
    }

    private static Date minuteAfter(Object timestamp) {
        Date at = timestamp instanceof OffsetDateTime t ? Date.from(t.toInstant()) : (Date) timestamp;
        return new Date(at.getTime() + 60_000);
    }

    private record JobRun(int jobs, double seconds) {
    }

    /** Executes every due job of a running instance until none is left; fails on the first job that fails. */
    private JobRun runDueJobs() {
        long start = System.nanoTime();
        int executed = 0;
        for (List<Job> due = due(); !due.isEmpty(); due = due()) {
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        return new JobRun(executed, (System.nanoTime() - start) / 1e9);
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
