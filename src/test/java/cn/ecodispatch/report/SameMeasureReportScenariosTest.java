package cn.ecodispatch.report;

import static cn.ecodispatch.report.MultipartForms.upload;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.targets.Verdict;

/**
 * A quantity the plan sets targets for in several places is reported once: 店子乡 answers for two PM2.5 targets
 * (附件1第1项 states it twice), types its PM2.5 once in the form or the ledger, and each target judges the value
 * on its own. Plays in 2039-01 to 2039-03.
 */
@EcoDispatchTest
class SameMeasureReportScenariosTest {

    private static final String UNIT = "dianzi";
    private static final String PM25 = "PM2.5浓度";
    private static final String PM25_LABEL = "PM2.5浓度（目标 达到上级考核要求；达到上级考核要求）";
    /** 店子乡 answers for the 27 indicators of 附件1, of which 6 state PM2.5, PM10 and 优良天数 twice. */
    private static final int ROWS = 24;

    @Autowired
    MonthScenario month;
    @Autowired
    ReportService reports;
    @Autowired
    IndicatorVerdicts verdicts;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    /** The higher level's PM2.5 figures recorded here apply from 2039 on; no other scenario plays then. */
    @AfterEach
    void noFiguresLeft() {
        jdbc.update("delete from eco_higher_level_target where announced_on >= date '2039-01-01' and indicator_id in "
                + "(select id from eco_indicator where code in ('town01-4', 'town01-6'))");
    }

    @Test
    void the_form_has_one_pm25_field_whose_value_reaches_both_targets_each_judged_on_its_own() {
        month.clockAt("2039-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2039-01");
        recordFigure("town01-4", "35", "三门峡市大气污染防治攻坚战领导小组办公室〔2039〕1号");
        recordFigure("town01-6", "30", "三门峡市生态环境保护委员会办公室〔2039〕1号");
        ProcessInstance instance = month.reportInstance(cycle, UNIT);
        Task submit = month.taskOf(instance, TASK_SUBMIT);

        JsonNode shown = month.json(submit, UnitMonthlyReportProcess.Fields.INDICATORS.name());
        assertThat(shown).hasSize(ROWS);
        assertThat(labels(shown)).filteredOn(l -> l.startsWith(PM25)).containsExactly(PM25_LABEL);
        assertThat(labels(shown)).contains("优良天数（目标 达到上级考核要求；全年优良天数 达到上级考核要求）");

        Map<String, Object> form = month.filledReport(submit, "SUBMIT");
        form.put(UnitMonthlyReportProcess.Fields.INDICATORS.name(), MonthScenario.jsonValue(rows(shown, PM25, "32")));
        month.complete(UNIT + "-reporter", submit, form);
        month.complete(UNIT + "-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));

        UnitReport report = month.read(() -> month.report(cycle, UNIT));
        List<String> judged = month.read(() -> verdicts.of(reports.latestSubmitted(report)).entrySet().stream()
                .filter(e -> e.getKey().getIndicator().getName().equals(PM25))
                .map(e -> e.getKey().getIndicator().getCode() + " " + plain(e.getKey().getValue()) + " " + e.getValue())
                .toList());
        assertThat(judged).containsExactly("town01-4 32 " + Verdict.MET, "town01-6 32 " + Verdict.MISSED);

        Task review = month.taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_REVIEW);
        JsonNode reviewed = month.json(review, UnitMonthlyReportProcess.Fields.INDICATORS.name());
        assertThat(reviewed).hasSize(ROWS);
        assertThat(row(reviewed, PM25_LABEL).get("valueLabel").asText())
                .isEqualTo("32（达到上级考核要求：已达标；达到上级考核要求：未达标）");
        JsonNode printed = as("office1").getForObject("/api/reports/" + report.getId() + "/versions/1", JsonNode.class);
        assertThat(printed.get("indicators")).hasSize(ROWS);
        JsonNode line = StreamSupport.stream(printed.get("indicators").spliterator(), false)
                .filter(i -> i.get("name").asText().equals(PM25)).collect(onlyOne());
        assertThat(line.get("value").decimalValue()).isEqualByComparingTo("32");
        assertThat(line.get("verdictLabel").asText()).isEqualTo("达到上级考核要求：已达标；达到上级考核要求：未达标");
    }

    @Test
    void the_ledger_has_one_pm25_row_and_an_uploaded_ledger_fills_both_pm25_indicators() throws IOException {
        month.clockAt("2039-02-02T09:00");
        DispatchCycle cycle = month.startMonth("2039-02");
        long reportId = month.report(cycle, UNIT).getId();
        byte[] template = as(UNIT + "-reporter").getForObject("/api/reports/" + reportId + "/ledger-template",
                byte[].class);
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet indicators = workbook.getSheet("量化指标");
            assertThat(indicators.getLastRowNum()).isEqualTo(ROWS);
            List<Row> pm25 = IntStream.rangeClosed(1, ROWS).mapToObj(indicators::getRow)
                    .filter(r -> r.getCell(0).getStringCellValue().equals(PM25)).toList();
            assertThat(pm25).hasSize(1);
            assertThat(pm25.get(0).getCell(1).getStringCellValue()).isEqualTo("达到上级考核要求；达到上级考核要求");
            pm25.get(0).createCell(2).setCellValue(41);
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.write(out);
                filled = out.toByteArray();
            }
        }

        ResponseEntity<JsonNode> imported = as(UNIT + "-reporter").exchange("/api/reports/" + reportId + "/ledger",
                HttpMethod.POST, upload("台账.xlsx", filled, Map.of()), JsonNode.class);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().get("message").asText()).contains("、1 项指标已填数值");
        List<String> recorded = month.read(() -> reports.draft(month.report(cycle, UNIT)).getIndicatorValues().stream()
                .filter(v -> v.getIndicator().getName().equals(PM25))
                .map(v -> v.getIndicator().getCode() + " " + plain(v.getValue())).toList());
        assertThat(recorded).containsExactly("town01-4 41", "town01-6 41");
        Task open = month.taskOf(month.reportInstance(cycle, UNIT), TASK_SUBMIT);
        assertThat(row(month.json(open, UnitMonthlyReportProcess.Fields.INDICATORS.name()), PM25_LABEL).get("value").decimalValue())
                .isEqualByComparingTo("41");
    }

    @Test
    void a_value_for_a_quantity_with_a_percentage_target_is_checked_as_a_percentage_for_every_target() {
        month.clockAt("2039-03-02T09:00");
        DispatchCycle cycle = month.startMonth("2039-03");
        ProcessInstance instance = month.reportInstance(cycle, "nongyenongcun");
        Task submit = month.taskOf(instance, TASK_SUBMIT);
        JsonNode shown = month.json(submit, UnitMonthlyReportProcess.Fields.INDICATORS.name());
        String straw = "秸秆综合利用率（目标 达到上级考核要求；≥95%，2022年底前）";
        assertThat(labels(shown)).filteredOn(l -> l.startsWith("秸秆综合利用率")).containsExactly(straw);

        Map<String, Object> form = month.filledReport(submit, "SUBMIT");
        form.put(UnitMonthlyReportProcess.Fields.INDICATORS.name(), MonthScenario.jsonValue(rows(shown, "秸秆综合利用率", "140")));

        assertThatThrownBy(() -> month.complete("nongyenongcun-reporter", submit, form))
                .rootCause().isInstanceOf(InvalidInputException.class)
                .hasMessage("指标“秸秆综合利用率”的本月数值应在 0 到 100 之间");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private void recordFigure(String code, String value, String source) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("comparator", "≤");
        figure.put("value", value);
        figure.put("unit", "μg/m³");
        figure.put("source", source);
        figure.put("announcedOn", "2039-01-01");
        ResponseEntity<JsonNode> recorded = as("office1").exchange("/api/catalog/indicators/{code}/higher-level-target",
                HttpMethod.PUT, new HttpEntity<>(figure), JsonNode.class, code);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The rows as shown, every value 100 but the named quantity's. */
    private static List<Map<String, Object>> rows(JsonNode shown, String name, String value) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String label : labels(shown)) {
            rows.add(Map.of("label", label, "value", label.startsWith(name + "（") ? value : "100"));
        }
        return rows;
    }

    private static List<String> labels(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("label").asText()).toList();
    }

    private static JsonNode row(JsonNode rows, String label) {
        return StreamSupport.stream(rows.spliterator(), false).filter(r -> r.get("label").asText().equals(label))
                .collect(onlyOne());
    }

    private static java.util.stream.Collector<JsonNode, ?, JsonNode> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }
}
