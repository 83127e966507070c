package cn.ecodispatch.report;

import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.END_CLOSED;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_CHECK_MONTH_COMPLETE;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_CLOSE;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_REVIEW;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.supervision.ReminderLetter;
import cn.ecodispatch.supervision.ReminderLetters;

/** Scenarios of one unit's monthly report: 大营镇 reports for a month, its leader signs, the office reviews. */
@EcoDispatchTest
class UnitMonthlyReportScenariosTest {

    @Autowired
    MonthScenario month;
    @Autowired
    ReportService reports;
    @Autowired
    ReportDecisions decisions;
    @Autowired
    ReminderLetters letters;
    @Autowired
    JdbcTemplate jdbc;

    private ProcessInstance dayingReportOf(DispatchCycle cycle) {
        return month.reportInstance(cycle, "daying");
    }

    private Task submitTask(ProcessInstance instance) {
        return month.taskOf(instance, TASK_SUBMIT);
    }

    @Test
    void every_task_of_the_report_says_whose_and_which_month_and_is_found_by_the_units_name() {
        month.clockAt("2032-05-02T09:00");
        DispatchCycle cycle = month.startMonth("2032-05");
        ProcessInstance instance = month.reportInstance(cycle, "xizhangcun");
        Task submit = submitTask(instance);
        month.complete("xizhangcun-reporter", submit, month.filledReport(submit, "SUBMIT"));
        month.complete("xizhangcun-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));

        assertThat(submit.getName()).isEqualTo("填报月度工作总结和台账｜西张村镇 · 2032年5月");
        assertThat(month.taskOf(instance, TASK_REVIEW).getName()).isEqualTo("创建办审核｜西张村镇 · 2032年5月");
        assertThat(month.taskService.createTaskQuery().taskNameLike("%西张村镇%").taskDefinitionKey(TASK_REVIEW).list())
                .extracting(Task::getProcessInstanceId).containsExactly(instance.getId());
        assertThat(month.runtimeService.getVariablesLocal(instance.getId(), List.of("unitName", "periodLabel")))
                .as("任务卡片上的单位和月份记在本单位本月的报送流程上").containsEntry("unitName", "西张村镇")
                .containsEntry("periodLabel", "2032年5月");
        assertThat(month.taskService.getVariablesLocal(month.taskOf(instance, TASK_REVIEW).getId()))
                .as("任务本身不存变量：新建任务时引擎无需先查它的变量").isEmpty();
    }

    @Test
    void an_on_time_report_is_approved_the_first_time() {
        month.clockAt("2030-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-01");
        ProcessInstance instance = dayingReportOf(cycle);
        assertThat(instance).isWaitingAt(TASK_SUBMIT);
        assertThat(month.taskOf(instance, TASK_SUBMIT)).hasCandidateGroup("daying");

        month.reportApproved(cycle, "daying");

        assertThat(instance).hasPassed(TASK_SIGN_OFF, TASK_REVIEW, TASK_CLOSE).isWaitingAt(TASK_CHECK_MONTH_COMPLETE);
        execute(job(instance));
        assertThat(instance).hasPassed(END_CLOSED).isEnded();
        UnitReport report = month.report(cycle, "daying");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(report.daysLate(month.now())).isZero();
        month.read(() -> {
            ReportVersion submitted = reports.latestSubmitted(report);
            assertThat(submitted.getItems()).hasSize(19).allMatch(i -> i.getProgress() == Progress.DONE);
            assertThat(submitted.getIndicatorValues()).isNotEmpty()
                    .allMatch(v -> v.getValue().compareTo(new java.math.BigDecimal("100")) == 0);
            assertThat(submitted.getSubmittedBy()).isEqualTo("daying-reporter");
            return null;
        });
        assertThat(decisions.of(report)).extracting(ReportDecision::getOutcome)
                .containsExactly(ReportDecision.Outcome.SIGNED, ReportDecision.Outcome.APPROVED);
        assertThat(letters.ofReport(report)).isEmpty();
    }

    @Test
    void a_new_months_draft_lists_the_units_work_and_stores_its_rows_when_first_saved() {
        month.clockAt("2055-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2055-01");
        ProcessInstance instance = dayingReportOf(cycle);
        UnitReport report = month.report(cycle, "daying");
        assertThat(storedRows(report)).as("开启月份时不为每个单位写入空行").isZero();
        assertThat(month.json(submitTask(instance), "items")).as("表单仍列出本单位全部19项工作").hasSize(19);
        assertThat(month.json(submitTask(instance), "items").get(0).get("progress").isNull()).isTrue();

        month.complete("daying-reporter", submitTask(instance),
                month.reportForm(submitTask(instance), "DRAFT", "IN_PROGRESS", "41.5"));

        assertThat(storedRows(report)).as("第一次保存时写入本单位的全部工作").isEqualTo(19);
        assertThat(month.json(submitTask(instance), "items")).hasSize(19)
                .allMatch(row -> "IN_PROGRESS".equals(row.get("progress").asText()));
    }

    private int storedRows(UnitReport report) {
        return jdbc.queryForObject("""
                select count(*) from eco_report_item_entry e join eco_report_version v on v.id = e.version_id
                where v.report_id = ?""", Integer.class, report.getId());
    }

    @Test
    void a_draft_is_saved_and_finished_later() {
        month.clockAt("2030-02-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-02");
        ProcessInstance instance = dayingReportOf(cycle);
        Map<String, Object> draft = month.reportForm(submitTask(instance), "DRAFT", "IN_PROGRESS", "41.5");
        draft.put("summary", "草稿：先填一部分");

        month.complete("daying-reporter", submitTask(instance), draft);

        assertThat(instance).isWaitingAt(TASK_SUBMIT);
        Task reopened = submitTask(instance);
        assertThat(reopened.getAssignee()).as("草稿仍由保存它的人办理，无需重新认领").isEqualTo("daying-reporter");
        assertThat(month.formValue(reopened, "summary")).isEqualTo("草稿：先填一部分");
        assertThat(month.formValue(reopened, "draftSavedLabel")).as("表单上方说明草稿已保存")
                .isEqualTo("2030年2月2日 09:00，大营镇 填报员");
        assertThat(month.json(reopened, "items").get(0).get("progress").asText()).isEqualTo("IN_PROGRESS");
        assertThat(month.json(reopened, "indicators").get(0).get("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(month.report(cycle, "daying").getStatus()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(month.formValue(submitTask(month.reportInstance(cycle, "yuandian")), "draftSavedLabel"))
                .as("未保存过的草稿不显示").isNull();

        month.complete("daying-reporter", reopened, month.filledReport(reopened, "SUBMIT"));
        assertThat(instance).isWaitingAt(TASK_SIGN_OFF);
    }

    @Test
    void the_leader_returns_the_report_to_the_reporter() {
        month.clockAt("2030-03-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-03");
        ProcessInstance instance = dayingReportOf(cycle);
        month.complete("daying-reporter", submitTask(instance), month.filledReport(submitTask(instance), "SUBMIT"));

        month.complete("daying-leader", month.taskOf(instance, TASK_SIGN_OFF),
                Map.of("signOffDecision", "RETURNED", "signOffComment", "总结过于简单，请补充具体数据"));

        assertThat(instance).isWaitingAt(TASK_SUBMIT);
        assertThat(month.formValue(submitTask(instance), "returnReason"))
                .isEqualTo("单位负责人签发退回：总结过于简单，请补充具体数据");
        UnitReport report = month.report(cycle, "daying");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(report.getReturnCount()).as("负责人退回不计入创建办退回次数").isZero();
        assertThat(reports.versions(report)).extracting(ReportVersion::getState)
                .containsExactly(ReportVersion.State.SUBMITTED, ReportVersion.State.DRAFT);
    }

    @Test
    void the_office_returns_the_report_with_a_reason_and_the_resubmission_keeps_the_earlier_version() {
        month.clockAt("2030-04-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-04");
        ProcessInstance instance = dayingReportOf(cycle);
        month.complete("daying-reporter", submitTask(instance), month.filledReport(submitTask(instance), "SUBMIT"));
        month.complete("daying-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));

        month.complete("office1", month.taskOf(instance, TASK_REVIEW),
                Map.of("reviewOutcome", "RETURNED", "reviewReason", "台账缺少秸秆综合利用佐证材料"));

        assertThat(instance).isWaitingAt(TASK_SUBMIT);
        Task again = submitTask(instance);
        assertThat(month.formValue(again, "returnReason")).isEqualTo("创建办审核退回：台账缺少秸秆综合利用佐证材料");
        Map<String, Object> corrected = month.filledReport(again, "SUBMIT");
        corrected.put("summary", "已补充秸秆综合利用台账和照片。");
        month.complete("daying-reporter", again, corrected);
        month.complete("daying-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));
        month.complete("office2", month.taskOf(instance, TASK_REVIEW), Map.of("reviewOutcome", "APPROVED"));
        execute(job(instance));

        assertThat(instance).isEnded();
        UnitReport report = month.report(cycle, "daying");
        assertThat(report.getReturnCount()).isEqualTo(1);
        assertThat(reports.versions(report)).extracting(ReportVersion::getVersionNo, ReportVersion::getState,
                ReportVersion::getSummary).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ReportVersion.State.SUBMITTED, "本月按计划推进各项创建任务。"),
                        org.assertj.core.groups.Tuple.tuple(2, ReportVersion.State.SUBMITTED, "已补充秸秆综合利用台账和照片。"));
        assertThat(decisions.of(report)).extracting(ReportDecision::getReason).contains("台账缺少秸秆综合利用佐证材料");
    }

    @Test
    void a_late_report_gets_a_reminder_letter_and_the_office_sees_it_late() {
        month.clockAt("2030-05-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-05");
        ProcessInstance instance = dayingReportOf(cycle);
        month.reportApproved(cycle, "yuandian");

        month.clockAt("2030-05-06T08:00");
        month.runDueJobs();

        UnitReport late = month.report(cycle, "daying");
        assertThat(letters.ofReport(late)).singleElement().satisfies(letter -> {
            assertThat(letter.getReason()).isEqualTo(ReminderLetter.Reason.REPORT_OVERDUE);
            assertThat(letter.getContent()).contains("大营镇").contains("2030年5月5日");
            assertThat(letter.getLetterNumber()).as("全年统一编号，前缀取自方案数据").matches("陕创办提〔2030〕[1-9][0-9]*号");
        });
        assertThat(month.dispatch.reportsOf(cycle).stream().flatMap(r -> letters.ofReport(r).stream())
                .map(ReminderLetter::getLetterNumber)).as("每份提示函文号不同").hasSize(36).doesNotHaveDuplicates();
        assertThat(letters.ofReport(month.report(cycle, "yuandian"))).as("按时报送的单位不发提示函").isEmpty();
        assertThat(month.dispatch.lateReports(cycle)).extracting(r -> r.getUnit().getCode())
                .contains("daying").doesNotContain("yuandian");
        assertThat(instance).isWaitingAt(TASK_SUBMIT).hasPassed(UnitMonthlyReportProcess.Elements.TASK_ISSUE_REMINDER);

        month.clockAt("2030-05-08T10:00");
        month.reportApproved(cycle, "daying");
        assertThat(month.report(cycle, "daying").daysLate(month.now())).isEqualTo(3);
        assertThat(letters.ofReport(late)).as("同一报送只发一次提示函").hasSize(1);
    }

    @Test
    void an_invalid_percentage_is_refused_naming_the_indicator_and_nothing_is_written() {
        month.clockAt("2030-06-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-06");
        ProcessInstance instance = dayingReportOf(cycle);
        Task task = submitTask(instance);
        month.complete("daying-reporter", task, month.reportForm(task, "DRAFT", "IN_PROGRESS", "50"));
        Task reopened = submitTask(instance);

        assertThatThrownBy(() -> month.complete("daying-reporter", reopened,
                month.reportForm(reopened, "SUBMIT", "DONE", "140")))
                .rootCause().isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("本月数值应在 0 到 100 之间").hasMessageContaining("指标“");

        assertThat(instance).isWaitingAt(TASK_SUBMIT);
        month.read(() -> {
            ReportVersion draft = reports.draft(month.report(cycle, "daying"));
            assertThat(draft.getIndicatorValues()).allMatch(v -> v.getValue().compareTo(new java.math.BigDecimal("50")) == 0);
            assertThat(draft.getItems()).allMatch(i -> i.getProgress() == Progress.IN_PROGRESS);
            return null;
        });
    }

    @Test
    void a_submission_without_progress_is_refused_naming_every_item_at_once() {
        month.clockAt("2030-07-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-07");
        ProcessInstance instance = dayingReportOf(cycle);
        Task task = submitTask(instance);
        Map<String, Object> incomplete = month.reportForm(task, "SUBMIT", null, "95");

        incomplete.put("nextMonthPlan", " ");

        assertThatThrownBy(() -> month.complete("daying-reporter", task, incomplete))
                .rootCause().isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("提交前还有 20 处需要补全：1. 附件1 第1项 深入实施蓝天工程，空气质量达到有关要求。：请选择进展状态；")
                .hasMessageContaining("；19. 附件1 第19项 ")
                .hasMessageEndingWith("；20. 请填写“下月工作计划”");
        assertThat(instance).isWaitingAt(TASK_SUBMIT);
        assertThat(reports.versions(month.report(cycle, "daying"))).singleElement()
                .satisfies(v -> assertThat(v.getSummary()).isNull());
    }

    @Test
    void each_indicator_takes_the_range_of_its_own_unit_good_days_beyond_100_percentages_not() {
        month.clockAt("2042-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2042-01");
        ProcessInstance instance = dayingReportOf(cycle);
        Task task = submitTask(instance);
        Map<String, Object> form = month.reportForm(task, "SUBMIT", "DONE", "90");
        form.put("indicators", indicatorsWith(task, "优良天数", "280"));
        Map<String, Object> tooMuch = month.reportForm(task, "SUBMIT", "DONE", "90");
        tooMuch.put("indicators", indicatorsWith(task, "林草覆盖率", "140"));

        assertThatThrownBy(() -> month.complete("daying-reporter", task, tooMuch)).rootCause()
                .hasMessage("指标“林草覆盖率”的本月数值应在 0 到 100 之间");
        month.complete("daying-reporter", task, form);

        assertThat(instance).isWaitingAt(TASK_SIGN_OFF);
        assertThat(month.read(() -> reports.latestSubmitted(month.report(cycle, "daying")).getIndicatorValues()
                .stream().filter(v -> v.getIndicator().getName().equals("优良天数")).findFirst().orElseThrow()
                .getValue())).isEqualByComparingTo("280");
    }

    /** The form's indicator rows, each at 90 but the one whose label starts with {@code name}. */
    private Object indicatorsWith(Task task, String name, String value) {
        java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
        month.json(task, "indicators").forEach(row -> rows.add(Map.of("label", row.get("label").asText(),
                "value", row.get("label").asText().startsWith(name) ? value : "90")));
        return MonthScenario.jsonValue(rows);
    }
}
