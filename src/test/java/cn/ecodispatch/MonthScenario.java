package cn.ecodispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.dispatch.DispatchService;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Period;
import cn.ecodispatch.shared.Zones;

/**
 * Drives a month the way its people do: the office starts it, a unit's reporter fills and submits through the
 * task form's variables, the leader signs, the office reviews — each signed in as themselves, so Camunda's
 * authorization applies. Jobs (async steps, timers) run when the scenario says so.
 */
@Component
public class MonthScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    public ProcessEngine engine;
    @Autowired
    public RuntimeService runtimeService;
    @Autowired
    public TaskService taskService;
    @Autowired
    public FormService formService;
    @Autowired
    public ManagementService managementService;
    @Autowired
    public IdentityService identityService;
    @Autowired
    public DispatchService dispatch;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    /** The office starts the month; the unit reports are sent out by the asynchronous step that follows. */
    public DispatchCycle startMonth(String period) {
        as("office1", () -> dispatch.startOnDemand(Period.parse(period)));
        runDueJobs();
        return dispatch.cycleOf(Period.parse(period)).orElseThrow();
    }

    /** Sets the engine's clock (and so the domain's): Shanghai time. */
    public void clockAt(String isoLocalDateTime) {
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.parse(isoLocalDateTime)
                .atZone(Zones.SHANGHAI).toInstant()));
    }

    /**
     * Runs every job of a running instance that is due now (async steps, timers), until none is left. The timer
     * start of the month is left alone: a test that wants it fires it itself.
     */
    public void runDueJobs() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().executable().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("作业未能在 20 轮内执行完");
    }

    public ProcessInstance reportInstance(DispatchCycle cycle, String unitCode) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitMonthlyReportProcess.KEY)
                .processInstanceBusinessKey(cycle.getPeriod() + ":" + unitCode).singleResult();
    }

    public UnitReport report(DispatchCycle cycle, String unitCode) {
        return dispatch.reportsOf(cycle).stream().filter(r -> r.getUnit().getCode().equals(unitCode)).findFirst()
                .orElseThrow();
    }

    public Task taskOf(ProcessInstance instance, String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("等待中的任务 " + taskKey).isNotNull();
        return task;
    }

    /** Completes the task as the given user, with the variables a Camunda Form would submit. */
    public void complete(String user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    /**
     * The reporting form filled completely: every item and key task done with work described, every numeric
     * indicator met.
     */
    public Map<String, Object> filledReport(Task task, String action) {
        return reportForm(task, action, "DONE", "100");
    }

    /** Runs a read in a transaction, for assertions on lazily loaded domain data. */
    public <T> T read(java.util.function.Supplier<T> query) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(s -> query.get());
    }

    public Map<String, Object> reportForm(Task task, String action, String progress, String indicatorValue) {
        return reportForm(task, action, progress, indicatorValue, "");
    }

    /**
     * The form with the given progress on every item and key task, each naming the given problems; its rows read as
     * Tasklist opens the form (its form variables).
     */
    public Map<String, Object> reportForm(Task task, String action, String progress, String indicatorValue,
            String problems) {
        VariableMap form = formService.getTaskFormVariables(task.getId(), List.of("items", "keyTasks", "indicators"),
                false);
        JsonNode items = json(form, "items");
        JsonNode indicators = json(form, "indicators");
        List<Map<String, Object>> itemRows = new ArrayList<>();
        items.forEach(row -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("label", row.get("label").asText());
            r.put("requirement", row.get("requirement").asText());
            r.put("progress", progress);
            r.put("workDone", "本月完成：" + row.get("label").asText());
            r.put("problems", problems);
            itemRows.add(r);
        });
        List<Map<String, Object>> keyTaskRows = new ArrayList<>();
        json(form, "keyTasks").forEach(row -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("label", row.get("label").asText());
            r.put("progress", progress);
            r.put("workDone", "本月完成：" + row.get("label").asText());
            r.put("problems", problems);
            keyTaskRows.add(r);
        });
        List<Map<String, Object>> indicatorRows = new ArrayList<>();
        indicators.forEach(row -> indicatorRows.add(Map.of("label", row.get("label").asText(), "value", indicatorValue)));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("items", jsonValue(itemRows));
        variables.put("keyTasks", jsonValue(keyTaskRows));
        variables.put("indicators", jsonValue(indicatorRows));
        variables.put("summary", "本月按计划推进各项创建任务。");
        variables.put("difficulties", "无");
        variables.put("nextMonthPlan", "继续推进，按期完成。");
        variables.put("reportAction", action);
        return variables;
    }

    /** A JSON field of the task's form, as Tasklist shows it when the form is opened. */
    public JsonNode json(Task task, String field) {
        return json(opened(task, field), field);
    }

    /** A field of the task's form, as Tasklist shows it when the form is opened. */
    public Object formValue(Task task, String field) {
        return opened(task, field).get(field);
    }

    private VariableMap opened(Task task, String field) {
        return formService.getTaskFormVariables(task.getId(), List.of(field), false);
    }

    private static JsonNode json(VariableMap form, String variable) {
        return parse(form.getValueTyped(variable));
    }

    private static JsonNode parse(Object jsonValue) {
        try {
            return JSON.readTree(((org.camunda.spin.plugin.variable.value.JsonValue) jsonValue).getValueSerialized());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Object jsonValue(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> problem(String problem, String requirement, LocalDate deadline) {
        return Map.of("problem", problem, "requirement", requirement, "deadline", deadline.toString());
    }

    /** A unit's report submitted, signed and approved, by its own reporter and leader and by office1. */
    public void reportApproved(DispatchCycle cycle, String unitCode) {
        reviewed(cycle, unitCode, "office1", Map.of("reviewOutcome", "APPROVED"));
    }

    /**
     * A unit's report approved with the given progress on every item and key task (naming the given problems) and
     * the given value for every indicator.
     */
    public void reportApproved(DispatchCycle cycle, String unitCode, String progress, String indicatorValue,
            String problems) {
        submitAndReview(cycle, unitCode, "office1", Map.of("reviewOutcome", "APPROVED"),
                submit -> reportForm(submit, "SUBMIT", progress, indicatorValue, problems));
    }

    /** A unit's report filled and submitted by its reporter, signed by its leader, and reviewed as the form says. */
    public ProcessInstance reviewed(DispatchCycle cycle, String unitCode, String reviewer, Map<String, Object> review) {
        return submitAndReview(cycle, unitCode, reviewer, review, submit -> filledReport(submit, "SUBMIT"));
    }

    private ProcessInstance submitAndReview(DispatchCycle cycle, String unitCode, String reviewer,
            Map<String, Object> review, java.util.function.Function<Task, Map<String, Object>> form) {
        ProcessInstance instance = reportInstance(cycle, unitCode);
        Task submit = taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        complete(unitCode + "-reporter", submit, form.apply(submit));
        complete(unitCode + "-leader", taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF),
                Map.of("signOffDecision", "SIGNED"));
        complete(reviewer, taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_REVIEW), review);
        return instance;
    }

    /** The office's review form returning a report with the reason. */
    public static Map<String, Object> returned(String reason) {
        return Map.of("reviewOutcome", "RETURNED", "reviewReason", reason);
    }

    /** The office's review form approving a report but finding problems, each to be rectified. */
    public static Map<String, Object> approvedWithProblems(List<Map<String, Object>> problems) {
        return Map.of("reviewOutcome", "APPROVED_WITH_PROBLEMS", "problems", jsonValue(problems));
    }

    public <T> T as(String user, java.util.concurrent.Callable<T> action) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
        identityService.setAuthentication(user, groups);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            identityService.clearAuthentication();
        }
    }

    public OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(Zones.SHANGHAI).toOffsetDateTime();
    }
}
