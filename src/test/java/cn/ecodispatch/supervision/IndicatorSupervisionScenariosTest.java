package cn.ecodispatch.supervision;

import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_REVIEW;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;

/**
 * The supervision rules count indicators behind their way to the target or missed at the deadline, never a value
 * below a year-end target that is on schedule. 硖石乡 reports 秸秆综合利用率 (≥95%) and 农村生活污水处理率 (≥45%);
 * every other indicator of its report is met or not judged.
 */
@EcoDispatchTest
class IndicatorSupervisionScenariosTest {

    private static final String UNIT = "xiashi";
    private static final String STRAW = "秸秆综合利用率";
    private static final String SEWAGE = "农村生活污水处理率";
    private static final List<String> TARGETS_DUE_IN_2036 = List.of("town10-1", "town12-1");

    @Autowired
    MonthScenario month;
    @Autowired
    SupervisionService supervision;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private List<Map<String, Object>> planAsWritten;

    /**
     * The plan's targets fall due at the end of 2022; this scenario runs in 2036 and moves them to June 2036. The
     * unit's months of other tests' years would be its baseline: its values of the two indicators are cleared.
     */
    @BeforeEach
    void targetsDueInJune2036() {
        planAsWritten = jdbc.queryForList("select code, deadline, deadline_text from eco_indicator where code in (?, ?)",
                TARGETS_DUE_IN_2036.toArray());
        jdbc.update("update eco_indicator set deadline = date '2036-06-30', deadline_text = '2036年6月底前' "
                + "where code in (?, ?)", TARGETS_DUE_IN_2036.toArray());
        jdbc.update("""
                update eco_report_indicator_value set reported_value = null
                where indicator_id in (select id from eco_indicator where code in (?, ?))
                  and version_id in (select v.id from eco_report_version v join eco_unit_report r on r.id = v.report_id
                                     join eco_unit u on u.id = r.unit_id where u.code = ?)""",
                TARGETS_DUE_IN_2036.get(0), TARGETS_DUE_IN_2036.get(1), UNIT);
        forgetCachedCatalogue();
    }

    @AfterEach
    void planAsWritten() {
        planAsWritten.forEach(row -> jdbc.update("update eco_indicator set deadline = ?, deadline_text = ? where code = ?",
                row.get("deadline"), row.get("deadline_text"), row.get("code")));
        forgetCachedCatalogue();
    }

    /** The plan is changed here in SQL, not by an import, which would update the cached catalogue itself. */
    private void forgetCachedCatalogue() {
        entityManagerFactory.getCache().evictAll();
    }

    @Test
    void a_unit_on_its_way_to_a_year_end_target_is_not_sanctioned_one_behind_it_or_missing_it_at_the_deadline_is() {
        SupervisionRecord january = monthCompiled("2036-01", "60", "20");
        assertThat(january.facts().indicatorsOffTrack()).as("首次填报即为基线：在轨").isZero();
        assertThat(january.getMeasure()).as("两项低于年底目标但在轨，不督办").isEqualTo(Measure.NONE);

        SupervisionRecord march = monthCompiled("2036-03", "81", "30");
        assertThat(march.facts().indicatorsOffTrack()).as("进度线：秸秆 74%、污水 30%").isZero();
        assertThat(march.getMeasure()).isEqualTo(Measure.NONE);

        SupervisionRecord april = monthCompiled("2036-04", "70", "25");
        assertThat(april.facts().indicatorsOffTrack()).as("进度线：秸秆 81%、污水 35%，两项均滞后").isEqualTo(2);
        assertThat(april.getMeasure()).isEqualTo(Measure.INSPECTION);

        SupervisionRecord may = monthCompiled("2036-05", "95", "40");
        assertThat(may.facts().indicatorsOffTrack()).as("秸秆提前达标；污水 40% 在进度线 40% 上").isZero();

        SupervisionRecord june = monthCompiled("2036-06", "94", "44");
        assertThat(june.facts().indicatorsOffTrack()).as("期限当月两项未达标").isEqualTo(2);
        assertThat(june.getMeasure()).isEqualTo(Measure.INSPECTION);
    }

    /** The unit reports on the 2nd and is approved; the month is compiled after its closing day. */
    private SupervisionRecord monthCompiled(String period, String straw, String sewage) {
        month.clockAt(period + "-02T09:00");
        DispatchCycle cycle = month.startMonth(period);
        ProcessInstance instance = month.reportInstance(cycle, UNIT);
        Task submit = month.taskOf(instance, TASK_SUBMIT);
        Map<String, Object> form = month.filledReport(submit, "SUBMIT");
        form.put("indicators", MonthScenario.jsonValue(indicatorRows(submit, straw, sewage)));
        month.complete(UNIT + "-reporter", submit, form);
        month.complete(UNIT + "-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));
        month.complete("office1", month.taskOf(instance, TASK_REVIEW), Map.of("reviewOutcome", "APPROVED"));

        month.clockAt(period + "-21T08:00");
        month.runDueJobs();
        return month.read(() -> supervision.monthlyRecords(cycle).stream()
                .filter(r -> r.getUnit().getCode().equals(UNIT)).findFirst().orElseThrow());
    }

    private List<Map<String, Object>> indicatorRows(Task submit, String straw, String sewage) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (JsonNode shown : month.json(submit, "indicators")) {
            String label = shown.get("label").asText();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", label);
            row.put("value", label.startsWith(STRAW) ? straw : label.startsWith(SEWAGE) ? sewage : "100");
            rows.add(row);
        }
        return rows;
    }
}
