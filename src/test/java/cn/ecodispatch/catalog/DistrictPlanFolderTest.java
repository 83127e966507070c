package cn.ecodispatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.bulletin.Bulletin;
import cn.ecodispatch.bulletin.BulletinMonths;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.supervision.ReminderLetter;
import cn.ecodispatch.supervision.ReminderLetters;

/**
 * Another district is another plan folder and nothing else: the application started on the made-up 青禾县
 * (src/test/resources/catalog/qinghe-2050, its own database) runs a month in its own words — units, the office's
 * name 县创建办, 县直部门, the document prefixes 青创办… — and never says 陕州 or 区创建办.
 */
@EcoDispatchTest
// Its own engine name: the engine registry is one per JVM, where the shipped plan's application runs too.
@TestPropertySource(properties = {"eco.catalog.plan=qinghe-2050", "camunda.bpm.process-engine-name=qinghe"})
class DistrictPlanFolderTest {

    private static final List<String> SHIPPED_DISTRICT_WORDS = List.of("陕州", "区创建办", "区直", "三门峡", "陕创办");

    @Autowired
    MonthScenario month;
    @Autowired
    BulletinMonths months;
    @Autowired
    ReminderLetters letters;
    @Autowired
    FilterService filters;
    @Autowired
    TestRestTemplate rest;

    @Test
    void a_month_of_another_district_runs_in_its_own_words() {
        month.clockAt("2050-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2050-01");
        List<String> said = new ArrayList<>();

        assertThat(month.dispatch.reportsOf(cycle)).extracting(r -> r.getUnit().getCode()).containsExactly(
                "hetang", "dongshan", "xiyuan", "nanhu", "beiling", "shuiquan", "shuili", "ziranziyuan", "zhujian");
        Task departmentTask = month.taskOf(month.reportInstance(cycle, "shuili"),
                UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        assertThat(departmentTask.getName()).isEqualTo("填报月度工作总结和台账｜县水利局 · 2050年1月");
        assertThat(departmentTask.getDescription()).isEqualTo("县直部门的任务：县水利局 · 2050年1月");
        assertThat(filters.createFilterQuery().filterName("县直部门的任务").count()).isEqualTo(1);
        assertThat(filters.createFilterQuery().filterName("区直部门的任务").count()).isZero();

        ProcessInstance hetang = month.reviewed(cycle, "hetang", "office1", Map.of("reviewOutcome", "APPROVED"));
        assertThat(month.report(cycle, "hetang").getStatus().label()).isEqualTo("已通过");
        month.engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(hetang.getId()).list()
                .forEach(t -> said.add(t.getName()));
        assertThat(said).contains("创建办审核｜荷塘镇 · 2050年1月");

        month.clockAt("2050-01-06T09:00");
        month.runDueJobs();
        UnitReport late = month.report(cycle, "dongshan");
        ReminderLetter letter = month.read(() -> letters.ofReport(late)).get(0);
        assertThat(letter.getLetterNumber()).matches("青创办提〔2050〕\\d+号");
        assertThat(letter.getContent()).startsWith("东山镇：你单位2050年1月").contains("前报送县创建办");
        JsonNode notices = rest.withBasicAuth("dongshan-reporter", "demo").getForObject("/api/notices", JsonNode.class)
                .get("notices");
        notices.forEach(n -> said.add(n.get("title").asText() + n.get("body").asText()));
        assertThat(said).anyMatch(s -> s.contains("县创建办向东山镇发出提示函 " + letter.getLetterNumber()));

        month.clockAt("2050-01-21T08:00");
        month.runDueJobs();
        Bulletin draft = months.consultAndCompile(cycle, List.of("hetang"), List.of());
        assertThat(draft.getBody()).startsWith("各乡镇人民政府，县直各单位：\n");
        said.add(draft.getBody());

        assertThat(month.identityService.createUserQuery().userId("office1").singleResult().getFirstName())
                .isEqualTo("县创建办");
        assertThat(month.identityService.createUserQuery().userId("orgdept").singleResult().getFirstName())
                .isEqualTo("县委组织部");
        JsonNode dashboard = rest.withBasicAuth("office1", "demo")
                .getForObject("/api/dashboard?period=2050-01", JsonNode.class);
        assertThat(dashboard.get("scopeLabel").asText()).isEqualTo("全县");
        String tasklist = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
        assertThat(tasklist).contains("vendor: '青禾县创建办'");
        said.add(tasklist);
        said.add(rest.getForObject("/camunda/app/welcome/scripts/config.js", String.class));

        assertThat(said).allSatisfy(text -> assertThat(text).doesNotContain(SHIPPED_DISTRICT_WORDS));
    }
}
