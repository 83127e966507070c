package cn.ecodispatch.identity;

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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.shared.TaskTitles;

/**
 * The office's list in Tasklist says whose task it is and which month: given 大营镇's and 原店镇's reports waiting
 * for review, the filter 待我审核 lists them earliest due first with the unit and the month beside each; the
 * office's other filters pick one step (待签发, 填报中), the townships' or the departments' tasks.
 */
@EcoDispatchTest
class TasklistFilterListTest {

    @Autowired
    MonthScenario month;
    @Autowired
    FilterService filters;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityProvisioner provisioner;

    @Test
    void the_office_sees_unit_and_month_on_every_task_it_reviews() {
        month.clockAt("2041-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2041-01");
        submittedAndSigned(cycle, "daying");
        month.clockAt("2041-01-03T09:00");
        submittedAndSigned(cycle, "yuandian");
        String filterId = filterId("待我审核");

        JsonNode list = officeList("待我审核");

        List<String> names = names(list);
        assertThat(names).contains("创建办审核｜大营镇 · 2041年1月", "创建办审核｜原店镇 · 2041年1月");
        assertThat(names.indexOf("创建办审核｜大营镇 · 2041年1月")).as("先到期的排在前面")
                .isLessThan(names.indexOf("创建办审核｜原店镇 · 2041年1月"));
        List<String> shown = new ArrayList<>();
        list.at("/_embedded/task").forEach(t -> t.at("/_embedded/variable")
                .forEach(v -> shown.add(v.get("name").asText() + "=" + v.get("value").asText())));
        assertThat(shown).contains("unitName=大营镇", "unitName=原店镇", "periodLabel=2041年1月");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> columns = (List<Map<String, String>>) filters.getFilter(filterId).getProperties()
                .get("variables");
        assertThat(columns).extracting(c -> c.get("label")).containsExactly("单位", "月份");
    }

    @Test
    void the_office_picks_a_step_or_townships_or_departments_from_its_filters() {
        month.clockAt("2046-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2046-01");
        ProcessInstance daying = month.reportInstance(cycle, "daying");
        Task submit = month.taskOf(daying, UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        month.complete("daying-reporter", submit, month.filledReport(submit, "SUBMIT"));

        assertThat(names(officeList("各单位待签发"))).containsExactly("单位负责人签发｜大营镇 · 2046年1月");
        assertThat(names(officeList("各单位填报中"))).contains("填报月度工作总结和台账｜原店镇 · 2046年1月",
                "填报月度工作总结和台账｜区统计局 · 2046年1月").doesNotContain("填报月度工作总结和台账｜大营镇 · 2046年1月");
        assertThat(names(officeList("乡镇的任务"))).contains("单位负责人签发｜大营镇 · 2046年1月",
                "填报月度工作总结和台账｜原店镇 · 2046年1月").noneMatch(name -> name.contains("局"));
        assertThat(names(officeList("区直部门的任务"))).contains("填报月度工作总结和台账｜区统计局 · 2046年1月")
                .noneMatch(name -> name.contains("镇") || name.contains("乡 "));
        assertThat(names(officeList("整改事项"))).noneMatch(name -> name.contains("2046年1月"));
    }

    @Test
    void a_task_created_before_descriptions_named_its_unit_kind_gets_one_at_the_next_start_and_stays_listed() {
        month.clockAt("2049-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2049-01");
        Task earlier = month.taskOf(month.reportInstance(cycle, "yuandian"),
                UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        earlier.setDescription(null);
        month.taskService.saveTask(earlier);
        month.taskService.setVariableLocal(earlier.getId(), TaskTitles.UNIT_KIND, "乡镇");
        assertThat(names(officeList("乡镇的任务"))).doesNotContain("填报月度工作总结和台账｜原店镇 · 2049年1月");

        provisioner.provision();

        assertThat(month.taskService.createTaskQuery().taskId(earlier.getId()).singleResult().getDescription())
                .isEqualTo("乡镇的任务：原店镇 · 2049年1月");
        assertThat(names(officeList("乡镇的任务"))).contains("填报月度工作总结和台账｜原店镇 · 2049年1月");
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private JsonNode officeList(String filterName) {
        return rest.withBasicAuth("office1", "demo").exchange(
                "/engine-rest/filter/" + filterId(filterName) + "/list?firstResult=0&maxResults=1000", HttpMethod.GET,
                new HttpEntity<>(halHeaders()), JsonNode.class).getBody();
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.at("/_embedded/task").forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    private void submittedAndSigned(DispatchCycle cycle, String unit) {
        ProcessInstance instance = month.reportInstance(cycle, unit);
        Task submit = month.taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        month.complete(unit + "-reporter", submit, month.filledReport(submit, "SUBMIT"));
        month.complete(unit + "-leader", month.taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF),
                Map.of("signOffDecision", "SIGNED"));
    }

    private static HttpHeaders halHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "application/hal+json");
        return headers;
    }
}
