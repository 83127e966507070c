package cn.ecodispatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.shared.Period;

/**
 * The dashboard as the office and a unit see it: given two months in which 区水利局 reports its key task 全面推行河长制
 * as delayed and 大营镇 reports everything done, the office sees the district, 大营镇's staff only 大营镇.
 */
@EcoDispatchTest
class DashboardApiTest {

    private static final String JANUARY = "2040-01";
    private static final String FEBRUARY = "2040-02";
    private static final String RIVER_CHIEF_PROBLEM = "部分河段巡河记录缺失";

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void twoMonthsReported() {
        if (month.dispatch.cycleOf(Period.parse(FEBRUARY)).isPresent()) {
            return;
        }
        month.clockAt(JANUARY + "-02T09:00");
        DispatchCycle january = month.startMonth(JANUARY);
        month.reportApproved(january, "daying");
        month.reportApproved(january, "shuili", "DELAYED", "50", RIVER_CHIEF_PROBLEM);
        contributionOnly(january, "zhangbian");
        month.clockAt(FEBRUARY + "-02T09:00");
        DispatchCycle february = month.startMonth(FEBRUARY);
        month.reportApproved(february, "daying", "DONE", "90", "");
    }

    @Test
    void the_office_sees_the_month_at_a_glance_with_every_key_task_indicator_and_unit() {
        JsonNode view = get("office1", "/api/dashboard?period=" + JANUARY).getBody();

        assertThat(view.get("scopeLabel").asText()).isEqualTo("全区");
        assertThat(view.get("periodLabel").asText()).isEqualTo("2040年1月");
        assertThat(count(view.get("glance").get("byStatus"), "已通过")).isEqualTo(2);
        assertThat(count(view.get("glance").get("byStatus"), "待单位负责人签发")).isEqualTo(1);
        assertThat(count(view.get("glance").get("byStatus"), "填报中")).isEqualTo(34);
        JsonNode january = find(view.get("timeliness"), "period", JANUARY);
        assertThat(january.get("onTime").asInt()).isEqualTo(3);
        assertThat(january.get("missing").asInt()).as("截止日已过仍未报送").isEqualTo(34);

        assertThat(view.get("keyTasks")).hasSize(30);
        JsonNode riverChiefs = find(view.get("keyTasks"), "number", "4");
        assertThat(riverChiefs.get("progress").asText()).isEqualTo("滞后");
        assertThat(riverChiefs.get("problems").asText()).isEqualTo(RIVER_CHIEF_PROBLEM);
        assertThat(view.get("scorecard")).hasSize(37);
        assertThat(view.get("scorecard").get(0).get("score").asInt()).isEqualTo(100);

        List<String> judgedUnits = new ArrayList<>();
        view.get("indicators").forEach(i -> i.get("units").forEach(u -> {
            if (!u.get("verdict").asText().equals("NOT_JUDGED")) {
                judgedUnits.add(u.get("unitCode").asText());
            }
        }));
        assertThat(judgedUnits).as("只有报送了数值的单位得到评判").isNotEmpty()
                .allMatch(code -> List.of("daying", "shuili", "zhangbian").contains(code));
    }

    @Test
    void a_units_staff_see_their_own_unit_only() {
        JsonNode view = get("daying-reporter", "/api/dashboard?period=" + JANUARY).getBody();

        assertThat(view.get("scopeLabel").asText()).isEqualTo("大营镇");
        assertThat(view.get("ownUnitCode").asText()).isEqualTo("daying");
        assertThat(view.get("glance").get("reports").asInt()).isEqualTo(1);
        assertThat(view.get("scorecard")).extracting(r -> r.get("unitCode").asText()).containsExactly("daying");
        assertThat(view.get("indicators")).isNotEmpty().allSatisfy(i -> assertThat(i.get("units"))
                .extracting(u -> u.get("unitCode").asText()).containsExactly("daying"));
        assertThat(view.get("keyTasks")).allSatisfy(t -> assertThat(t.get("ownRole").asText()).isIn("牵头单位", "参与单位"));
        assertThat(view.toString()).as("牵头单位的报送内容不给参与单位看").doesNotContain(RIVER_CHIEF_PROBLEM);
        JsonNode riverChiefs = find(view.get("keyTasks"), "number", "4");
        assertThat(riverChiefs.get("progress").asText()).as("本单位对该任务报送的进展").isEqualTo("已完成");
        assertThat(riverChiefs.get("ownRole").asText()).isEqualTo("参与单位");

        String riverIndicator = otherUnitsIndicator();
        ResponseEntity<JsonNode> refused = get("daying-reporter", "/api/dashboard/indicators/" + riverIndicator
                + "?period=" + JANUARY);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("该指标不由本单位负责，无权查看");
    }

    @Test
    void an_indicators_way_through_the_months_shows_each_value_against_the_target() {
        JsonNode view = get("daying-reporter", "/api/dashboard?period=" + FEBRUARY).getBody();
        JsonNode judged = null;
        for (JsonNode indicator : view.get("indicators")) {
            if (indicator.get("target").asText().equals("=100%")) {
                judged = indicator;
            }
        }
        assertThat(judged).as("大营镇负责目标为100%的指标").isNotNull();
        assertThat(judged.get("units").get(0).get("verdictLabel").asText()).as("2月报90").isEqualTo("未达标");

        JsonNode way = get("daying-reporter", "/api/dashboard/indicators/" + judged.get("code").asText() + "?period="
                + FEBRUARY).getBody();

        List<String> months = new ArrayList<>();
        way.get("months").forEach(m -> months.add(m.asText()));
        int january = months.indexOf("2040年1月");
        int february = months.indexOf("2040年2月");
        assertThat(february).as("本月为最后一个月").isEqualTo(months.size() - 1);
        JsonNode daying = way.get("units").get(0);
        assertThat(way.get("units")).hasSize(1);
        assertThat(daying.get("unitName").asText()).isEqualTo("大营镇");
        assertThat(daying.get("values").get(january).decimalValue()).isEqualByComparingTo("100");
        assertThat(daying.get("values").get(february).decimalValue()).isEqualByComparingTo("90");
        assertThat(daying.get("verdictLabels").get(january).asText()).isEqualTo("已达标");
        assertThat(daying.get("verdictLabels").get(february).asText()).isEqualTo("未达标");
        assertThat(way.get("targetLine").get(february).decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void a_participating_unit_sees_its_contribution_reported_without_a_progress_of_its_own() {
        JsonNode view = get("zhangbian-reporter", "/api/dashboard?period=" + JANUARY).getBody();

        assertThat(view.get("keyTasks")).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("ownRole").asText()).isEqualTo("参与单位");
            assertThat(t.get("progress").asText()).isEqualTo("已报送参与情况");
        });
    }

    @Test
    void a_month_without_a_cycle_is_a_clear_not_found() {
        ResponseEntity<JsonNode> missing = get("office1", "/api/dashboard?period=2040-11");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).isEqualTo("2040年11月尚未开启月度调度");
    }

    /** The unit reports its work items done and, on the key tasks it takes part in, only what it contributed. */
    private void contributionOnly(DispatchCycle cycle, String unit) {
        ProcessInstance instance = month.reportInstance(cycle, unit);
        Task submit = month.taskOf(instance,
                UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        Map<String, Object> form = month.filledReport(submit, "SUBMIT");
        List<Map<String, Object>> keyTasks = new ArrayList<>();
        month.json(submit, "keyTasks").forEach(row -> keyTasks.add(Map.of("label", row.get("label").asText(),
                "workDone", "配合牵头单位开展工作")));
        form.put("keyTasks", MonthScenario.jsonValue(keyTasks));
        month.complete(unit + "-reporter", submit, form);
    }

    private String otherUnitsIndicator() {
        JsonNode office = get("office1", "/api/dashboard?period=" + JANUARY).getBody();
        for (JsonNode indicator : office.get("indicators")) {
            List<String> units = new ArrayList<>();
            indicator.get("units").forEach(u -> units.add(u.get("unitCode").asText()));
            if (units.equals(List.of("shuili"))) {
                return indicator.get("code").asText();
            }
        }
        throw new AssertionError("区水利局应有只由其负责的指标");
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private static int count(JsonNode counts, String label) {
        return find(counts, "label", label).get("count").asInt();
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("没有 " + field + "=" + value + " 的行：" + rows);
    }
}
