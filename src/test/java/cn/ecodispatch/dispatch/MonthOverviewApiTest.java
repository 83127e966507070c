package cn.ecodispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.Period;

/**
 * The office's month overview a page at a time: with 大营镇 approved and the other 36 units past their due day, pages
 * of 10 add up to the month's 37 units, the totals count every unit whatever the page, and the status, kind and name
 * filters select on the server; a page or size out of range is refused in Chinese.
 */
@EcoDispatchTest
class MonthOverviewApiTest {

    private static final String PERIOD = "2048-01";
    private static final int UNITS = 37;

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;

    @Test
    void pages_of_ten_add_up_to_the_month_and_the_filters_find_the_units_asked_for() {
        month.clockAt(PERIOD + "-02T09:00");
        DispatchCycle cycle = month.dispatch.cycleOf(Period.parse(PERIOD)).orElseGet(() -> month.startMonth(PERIOD));
        month.reportApproved(cycle, "daying");
        month.clockAt(PERIOD + "-10T09:00");

        JsonNode first = overview("?size=10").getBody();
        assertThat(first.get("reports")).hasSize(10);
        assertThat(first.get("page").get("units").asLong()).isEqualTo(UNITS);
        assertThat(first.get("page").get("pages").asLong()).isEqualTo(4);
        JsonNode totals = first.get("totals");
        assertThat(totals.get("units").asLong()).isEqualTo(UNITS);
        assertThat(StreamSupport.stream(totals.get("byStatus").spliterator(), false)
                .mapToLong(s -> s.get("count").asLong()).sum()).as("各状态单位数之和").isEqualTo(UNITS);
        assertThat(count(totals, "APPROVED")).isEqualTo(1);
        assertThat(count(totals, "DRAFTING")).isEqualTo(UNITS - 1);
        assertThat(totals.get("late").asLong()).as("截止日已过仍未提交").isEqualTo(UNITS - 1);

        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 4; page++) {
            overview("?size=10&page=" + page).getBody().get("reports").forEach(r -> seen.add(r.get("unitCode").asText()));
        }
        assertThat(seen).as("四页合起来是全部单位，各出现一次").hasSize(UNITS);
        assertThat(overview("?size=10&page=3").getBody().get("reports")).hasSize(UNITS - 30);

        JsonNode daying = overview("?q=大营").getBody();
        assertThat(daying.get("reports")).singleElement().satisfies(r -> {
            assertThat(r.get("unitName").asText()).isEqualTo("大营镇");
            assertThat(r.get("statusLabel").asText()).isEqualTo("已通过");
            assertThat(r.get("late").asBoolean()).isFalse();
        });
        assertThat(daying.get("page").get("units").asLong()).isEqualTo(1);
        assertThat(daying.get("totals").get("units").asLong()).as("合计不受筛选影响").isEqualTo(UNITS);

        assertThat(overview("?status=APPROVED").getBody().get("reports")).extracting(r -> r.get("unitCode").asText())
                .containsExactly("daying");
        JsonNode late = overview("?status=LATE").getBody();
        assertThat(late.get("reports")).hasSize(UNITS - 1).allSatisfy(r -> assertThat(r.get("late").asBoolean()).isTrue());
        assertThat(overview("?kind=DEPARTMENT&q=大营").getBody().get("page").get("units").asLong()).isZero();
        assertThat(overview("?kind=TOWNSHIP&q=大营").getBody().get("page").get("units").asLong()).isEqualTo(1);
        assertThat(overview("?q=%").getBody().get("page").get("units").asLong()).as("% 按字面查找").isZero();
    }

    @Test
    void a_page_or_size_out_of_range_or_an_unknown_status_is_refused_in_chinese() {
        assertRefused("?page=-1", "页码无效：应为 0 或正整数（第一页为 0）");
        assertRefused("?size=0", "每页条数无效：应在 1 到 200 之间");
        assertRefused("?size=201", "每页条数无效：应在 1 到 200 之间");
        assertRefused("?size=十", "参数格式不正确：size");
        assertRefused("?status=LOST", "状态无效：LOST（可选：DRAFTING、AWAITING_SIGN_OFF、UNDER_REVIEW、APPROVED、"
                + "APPROVED_WITH_PROBLEMS、LATE）");
        assertRefused("?kind=VILLAGE", "单位类别无效：VILLAGE（可选：TOWNSHIP、DEPARTMENT、OFFICE、LEADERSHIP_ORGAN）");
    }

    private void assertRefused(String query, String message) {
        ResponseEntity<JsonNode> response = overview(query);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).as(query).isEqualTo(message);
    }

    private static long count(JsonNode totals, String status) {
        return StreamSupport.stream(totals.get("byStatus").spliterator(), false)
                .filter(s -> s.get("status").asText().equals(status)).findFirst().orElseThrow().get("count").asLong();
    }

    private ResponseEntity<JsonNode> overview(String query) {
        return rest.withBasicAuth("office1", "demo").getForEntity("/api/dispatch/cycles/" + PERIOD + query,
                JsonNode.class);
    }
}
