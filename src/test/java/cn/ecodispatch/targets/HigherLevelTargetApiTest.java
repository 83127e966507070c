package cn.ecodispatch.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.Period;

/** The office records the figure the higher level announced; from its announcement on, the indicator is judged. */
@EcoDispatchTest
class HigherLevelTargetApiTest {

    private static final String PATH = "/api/catalog/indicators/{code}/higher-level-target";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MonthScenario month;
    @Autowired
    CatalogService catalog;
    @Autowired
    IndicatorJudge judge;

    @BeforeEach
    void clock() {
        month.clockAt("2036-05-25T09:00");
    }

    private ResponseEntity<JsonNode> put(String user, String code, Map<String, Object> body) {
        return rest.withBasicAuth(user, "demo").exchange(PATH, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class,
                code);
    }

    private static Map<String, Object> figure(String comparator, Object value, String source, String announcedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("comparator", comparator);
        body.put("value", value);
        body.put("source", source);
        body.put("announcedOn", announcedOn);
        return body;
    }

    @Test
    void the_office_records_a_figure_and_the_indicator_is_judged_from_its_announcement_on() {
        Indicator index = month.read(() -> catalog.indicator("kt11-1"));
        Map<Period, BigDecimal> values = Map.of(Period.parse("2036-04"), new BigDecimal("70"),
                Period.parse("2036-05"), new BigDecimal("70"));
        assertThat(judge.targetsOf(index).judge(values, Period.parse("2036-05"))).isEqualTo(Verdict.NOT_JUDGED);

        ResponseEntity<JsonNode> recorded = put("office1", "kt11-1",
                figure("≥", 65, "三门峡市生态环境保护委员会办公室〔2036〕5号", "2036-05-10"));

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody().at("/current/targetLabel").asText()).isEqualTo("≥65");
        assertThat(recorded.getBody().at("/current/recordedBy").asText()).isEqualTo("office1");
        assertThat(judge.targetsOf(index).judge(values, Period.parse("2036-04"))).as("公布之前的月份")
                .isEqualTo(Verdict.NOT_JUDGED);
        assertThat(judge.targetsOf(index).judge(values, Period.parse("2036-05"))).isEqualTo(Verdict.MET);

        ResponseEntity<JsonNode> raised = put("director", "kt11-1",
                figure("≥", "72.5", "三门峡市生态环境保护委员会办公室〔2036〕7号", "2036-05-20"));

        assertThat(raised.getBody().at("/current/value").decimalValue()).isEqualByComparingTo("72.5");
        assertThat(raised.getBody().get("history")).hasSize(2);
        assertThat(judge.targetsOf(index).judge(values, Period.parse("2036-05"))).as("以最新公布的目标评判")
                .isEqualTo(Verdict.MISSED);
        JsonNode listed = rest.withBasicAuth("daying-reporter", "demo")
                .getForEntity("/api/catalog/indicators/higher-level", JsonNode.class).getBody();
        assertThat(StreamSupport.stream(listed.spliterator(), false)
                .filter(i -> i.get("code").asText().equals("kt11-1")).findFirst().orElseThrow()
                .at("/current/source").asText()).isEqualTo("三门峡市生态环境保护委员会办公室〔2036〕7号");
    }

    @Test
    void the_higher_levels_verdict_stands_for_the_indicator_from_its_announcement_on() {
        Indicator river = month.read(() -> catalog.indicator("kt08-1"));
        Map<String, Object> missed = figure(null, null, "三门峡市攻坚办〔2036〕9号", "2036-05-15");
        missed.put("verdict", "未达标");

        ResponseEntity<JsonNode> recorded = put("office1", "kt08-1", missed);

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody().at("/current/verdict").asText()).isEqualTo("MISSED");
        assertThat(recorded.getBody().at("/current/targetLabel").asText()).isEqualTo("上级考核结论：未达标");
        assertThat(judge.targetsOf(river).judge(Map.of(), Period.parse("2036-05"))).as("上级的结论，无论单位报送的数值")
                .isEqualTo(Verdict.MISSED);
        assertThat(judge.targetsOf(river).judge(Map.of(), Period.parse("2036-04"))).isEqualTo(Verdict.NOT_JUDGED);
        assertThat(judge.targetsOf(river).label(Period.parse("2036-05")))
                .isEqualTo("上级考核结论：未达标（三门峡市攻坚办〔2036〕9号，2036年5月15日）");

        Map<String, Object> both = figure("≥", 3, "某文件", "2036-05-15");
        both.put("verdict", "MET");
        assertThat(put("office1", "kt08-1", both).getBody().get("detail").asText())
                .isEqualTo("请填写目标值或考核结论之一，不能同时填写");
        Map<String, Object> unknown = figure(null, null, "某文件", "2036-05-15");
        unknown.put("verdict", "良好");
        assertThat(put("office1", "kt08-1", unknown).getBody().get("detail").asText())
                .isEqualTo("考核结论（verdict）应为 MET（已达标）或 MISSED（未达标）");
    }

    @Test
    void indicators_read_together_are_each_judged_by_what_was_announced_for_it_by_the_months_end() {
        month.clockAt("2054-04-25T09:00");
        Indicator shoreline = month.read(() -> catalog.indicator("kt16-1"));
        Indicator energy = month.read(() -> catalog.indicator("kt17-1"));
        Indicator forest = month.read(() -> catalog.indicator("kt12-1"));
        put("office1", "kt16-1", figure("≥", 80, "三门峡市生态环境保护委员会办公室〔2054〕3号", "2054-03-01"));
        put("office1", "kt16-1", figure("≥", 95, "三门峡市生态环境保护委员会办公室〔2054〕4号", "2054-04-10"));
        Map<String, Object> missed = figure(null, null, "三门峡市攻坚办〔2054〕2号", "2054-03-02");
        missed.put("verdict", "MISSED");
        put("office1", "kt17-1", missed);
        Map<Period, BigDecimal> reported = Map.of(Period.parse("2054-03"), new BigDecimal("90"));

        List<Verdict> verdicts = month.read(() -> judge.targetsOf(List.of(shoreline, energy, forest)).stream()
                .map(targets -> targets.judge(reported, Period.parse("2054-03"))).toList());

        assertThat(verdicts).as("自然岸线保有率按3月公布的≥80评判，4月公布的≥95不影响3月；能源消费总量以上级结论为准；林草覆盖率按方案目标")
                .containsExactly(Verdict.MET, Verdict.MISSED, Verdict.MET);
        assertThat(verdicts).containsExactly(judge.targetsOf(shoreline).judge(reported, Period.parse("2054-03")),
                judge.targetsOf(energy).judge(reported, Period.parse("2054-03")),
                judge.targetsOf(forest).judge(reported, Period.parse("2054-03")));
    }

    @Test
    void every_higher_level_indicator_is_listed_with_its_figure_or_none_yet() {
        JsonNode listed = rest.withBasicAuth("daying-reporter", "demo")
                .getForEntity("/api/catalog/indicators/higher-level", JsonNode.class).getBody();

        long higherLevel = month.read(() -> catalog.indicators().stream().filter(Indicator::isHigherLevelTarget).count());
        assertThat(listed).hasSize((int) higherLevel);
        JsonNode fields = StreamSupport.stream(listed.spliterator(), false)
                .filter(i -> i.get("code").asText().equals("kt29-1")).findFirst().orElseThrow();
        assertThat(fields.get("name").asText()).isEqualTo("公众对环境的满意率");
        assertThat(fields.get("current").isNull()).isTrue();
    }

    @Test
    void a_reporter_may_not_record_a_figure() {
        ResponseEntity<JsonNode> refused = put("daying-reporter", "kt29-1", figure("≥", 90, "某文件", "2036-05-10"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("仅区创建办可以录入上级考核目标");
    }

    @Test
    void a_bad_figure_is_refused_naming_the_field() {
        assertThat(put("office1", "kt29-1", figure("≈", 90, "某文件", "2036-05-10")).getBody().get("detail").asText())
                .isEqualTo("比较符（comparator）应为 ≥、≤ 或 = 之一");
        ResponseEntity<JsonNode> noSource = put("office1", "kt29-1", figure("≥", 90, " ", "2036-05-10"));
        assertThat(noSource.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noSource.getBody().get("detail").asText()).isEqualTo("来源文件（source）不能为空");
        assertThat(noSource.getBody().get("title").asText()).isEqualTo("输入有误");
        assertThat(noSource.getBody().get("field").asText()).isEqualTo("source");
        assertThat(put("office1", "kt29-1", figure("≥", "九十", "某文件", "2036-05-10")).getBody().get("detail")
                .asText()).isEqualTo("目标值（value）应为数字");
        assertThat(put("office1", "kt29-1", figure("≥", 90, "某文件", "2036-06-01")).getBody().get("detail")
                .asText()).isEqualTo("公布日期（announcedOn）不能晚于今天");
        assertThat(put("office1", "kt03-1", figure("≥", 20, "某文件", "2036-05-10")).getBody().get("detail")
                .asText()).isEqualTo("指标“生态文明建设占党政实绩考核的比例”的目标由方案确定，无需录入上级目标");
        assertThat(put("office1", "nowhere", figure("≥", 20, "某文件", "2036-05-10")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_figure_for_a_quantity_stated_again_with_a_number_must_use_that_numbers_unit() {
        Map<String, Object> inTonnes = figure("≥", 90, "某文件", "2036-05-10");
        inTonnes.put("unit", "吨");

        ResponseEntity<JsonNode> refused = put("office1", "kt20-1", inTonnes);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("指标“秸秆综合利用率”与指标 nongyenongcun-01-1 为同一计量，计量单位（unit）应为“%”");
    }
}
