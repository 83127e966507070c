package cn.ecodispatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;

/**
 * The catalogue as a signed-in user reads it through /api/catalog, held against the text of the 2022 plan
 * (三陕创生办〔2022〕2号).
 */
@EcoDispatchTest
class CatalogApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CatalogService catalog;

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("daying-reporter", "demo").getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> texts(JsonNode array, String field) {
        return streamOf(array).map(n -> n.get(field).asText()).toList();
    }

    private static java.util.stream.Stream<JsonNode> streamOf(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    @Test
    void the_district_has_its_13_townships_and_every_unit_the_plan_names() {
        JsonNode units = get("/api/catalog/units");

        Map<String, Long> byKind = streamOf(units).collect(Collectors.groupingBy(u -> u.get("kind").asText(),
                Collectors.counting()));
        assertThat(byKind).containsEntry("TOWNSHIP", 13L).containsEntry("DEPARTMENT", 20L)
                .containsEntry("OFFICE", 2L).containsEntry("LEADERSHIP_ORGAN", 3L);
        List<String> townships = streamOf(units).filter(u -> u.get("kind").asText().equals("TOWNSHIP"))
                .map(u -> u.get("name").asText()).toList();
        assertThat(townships).containsExactly("大营镇", "原店镇", "西张村镇", "观音堂镇", "张汴乡", "张湾乡", "菜园乡",
                "张茅乡", "硖石乡", "王家后乡", "西李村乡", "宫前乡", "店子乡");
        JsonNode daying = streamOf(units).filter(u -> u.get("code").asText().equals("daying")).findFirst().orElseThrow();
        assertThat(daying.get("name").asText()).isEqualTo("大营镇");
        assertThat(daying.get("kindLabel").asText()).isEqualTo("乡镇");
        assertThat(texts(units, "name")).contains("市生态环境局第二分局", "区委组织部", "区创建办", "市场监管局陕州分局",
                "产业集聚区管委会", "区委党校")
                .doesNotContain("各乡镇人民政府", "区直有关部门", "区污染防治攻坚战成员单位");
    }

    /** A month goes out to the reporting units in this order; a batch of them is loaded by id, in the batch's order. */
    @Test
    void the_reporting_units_come_in_their_order_and_a_batch_of_them_by_id() {
        List<Unit> whole = catalog.reportingUnits();
        assertThat(whole).extracting(Unit::getCode).hasSize(37).startsWith("daying", "yuandian");
        assertThat(catalog.reportingUnitIds()).isEqualTo(whole.stream().map(Unit::getId).toList());

        List<Unit> batch = new ArrayList<>(whole.subList(10, 20));
        Collections.reverse(batch);
        assertThat(catalog.units(batch.stream().map(Unit::getId).toList())).extracting(Unit::getCode)
                .isEqualTo(batch.stream().map(Unit::getCode).toList());
    }

    @Test
    void the_district_names_itself_in_its_own_words() {
        JsonNode district = get("/api/catalog/district");

        assertThat(district.get("name").asText()).isEqualTo("陕州区");
        assertThat(district.get("office").asText()).isEqualTo("区创建办");
        assertThat(district.get("officeName").asText()).isEqualTo("陕州区创建办");
        assertThat(district.get("departmentKind").asText()).isEqualTo("区直部门");
        assertThat(district.get("higherLevel").asText()).isEqualTo("三门峡市");
        assertThat(district.get("bulletinSalutation").asText()).isEqualTo("各乡镇人民政府，区直各单位：");
    }

    @Test
    void thirty_key_tasks_in_six_categories_with_their_lead_and_participating_units() {
        JsonNode tasks = get("/api/catalog/key-tasks");

        assertThat(tasks).hasSize(30);
        Map<Integer, Long> perCategory = streamOf(tasks).collect(Collectors.groupingBy(t -> t.get("category").asInt(),
                Collectors.counting()));
        assertThat(perCategory).containsExactlyInAnyOrderEntriesOf(Map.of(1, 6L, 2, 9L, 3, 1L, 4, 5L, 5, 6L, 6, 3L));

        JsonNode forest = tasks.get(11);
        assertThat(forest.get("number").asInt()).isEqualTo(12);
        assertThat(forest.get("title").asText()).isEqualTo("提高林草覆盖率");
        assertThat(forest.get("categoryHeading").asText()).isEqualTo("（二）提高环境质量，确保生态安全");
        assertThat(forest.get("text").asText()).startsWith("提高林草覆盖率。实施国家储备林项目")
                .endsWith("确保历史遗留矿山地质环境治理问题不反弹，全区林草覆盖率稳定达到40%以上。");
        assertThat(texts(forest.get("leadUnits"), "code")).containsExactly("ziranziyuan");
        assertThat(texts(forest.get("participantUnits"), "name")).hasSize(3 + 13)
                .startsWith("区水利局", "区住建局", "区城管局").contains("大营镇", "店子乡");

        JsonNode assessment = tasks.get(2);
        assertThat(texts(assessment.get("leadUnits"), "name")).containsExactly("区委组织部", "区委办", "区政府办");
        assertThat(assessment.get("participantText").asText()).isEqualTo("区督察局、区统计局、市生态环境局第二分局、区人社局");
    }

    @Test
    void group_phrases_and_second_spellings_resolve_to_the_units_they_stand_for() {
        JsonNode tasks = get("/api/catalog/key-tasks");

        // 各镇人民政府 (task 4) means the four towns, as written.
        assertThat(texts(tasks.get(3).get("participantUnits"), "name")).containsExactly("市生态环境局第二分局", "区住建局",
                "区城管局", "大营镇", "原店镇", "西张村镇", "观音堂镇");
        // 区交通局 (task 6) and 区交通运输局 (task 14) are one unit.
        assertThat(texts(tasks.get(5).get("participantUnits"), "code")).contains("jiaotong");
        assertThat(texts(tasks.get(13).get("participantUnits"), "code")).contains("jiaotong");
        // 区直有关部门 expands to the twelve units with an Annex 2 list; the lead (区财政局) is not also a participant.
        JsonNode procurement = tasks.get(26);
        assertThat(texts(procurement.get("leadUnits"), "code")).containsExactly("caizheng");
        assertThat(texts(procurement.get("participantUnits"), "code")).hasSize(11 + 13).doesNotContain("caizheng");
    }

    @Test
    void every_township_carries_the_19_items_of_annex_1_verbatim() {
        JsonNode items = get("/api/catalog/units/xilicun/items").get("workItems");

        assertThat(items).hasSize(19);
        assertThat(items.get(9).get("task").asText()).isEqualTo("推进秸秆综合利用");
        assertThat(items.get(9).get("requirement").asText()).isEqualTo("2022年底前力争达到95%以上。");
        assertThat(items.get(18).get("requirement").asText()).isEqualTo("按照创建工作要求，全面完成其他各项工作任务。");
        assertThat(items.get(0).get("listLabel").asText()).isEqualTo("附件1 乡镇任务清单");
    }

    @Test
    void the_twelve_department_lists_hold_112_items_each_on_its_own_unit() {
        Map<String, Integer> expected = Map.ofEntries(Map.entry("shuili", 9), Map.entry("ziranziyuan", 15),
                Map.entry("nongyenongcun", 10), Map.entry("zhujian", 8), Map.entry("chengguan", 9),
                Map.entry("shengtaihuanjing", 25), Map.entry("jiaotong", 6), Map.entry("fagai", 7),
                Map.entry("gongxin", 9), Map.entry("weijian", 5), Map.entry("wenguanglv", 4), Map.entry("caizheng", 5));

        int total = 0;
        for (Map.Entry<String, Integer> list : expected.entrySet()) {
            JsonNode items = get("/api/catalog/units/" + list.getKey() + "/items").get("workItems");
            assertThat(items).as(list.getKey()).hasSize(list.getValue());
            total += items.size();
        }
        assertThat(total).isEqualTo(112);

        JsonNode ecology = get("/api/catalog/units/shengtaihuanjing/items").get("workItems");
        assertThat(ecology.get(13).get("task").asText()).isEqualTo("开展固定源排污许可证核发");
        assertThat(ecology.get(13).get("requirement").asText()).isEqualTo(
                "按照《国务院办公厅关于印发控制污染物排放许可制实施方案的通知》（国办发〔2016〕81号）、《固定污染源排污许可分类管理名录（2017年版）》（环境保护部令第45号）要求，开展固定源排污许可证核发工作。");
        JsonNode finance = get("/api/catalog/units/caizheng/items");
        assertThat(finance.get("workItems").get(1).get("task").asText()).isEqualTo("加大财政资金投入");
        assertThat(finance.get("keyTasks").get(0).get("number").asInt()).isEqualTo(1);
    }

    @Test
    void a_unit_sees_the_key_tasks_it_leads_as_lead_and_the_others_as_participant() {
        JsonNode water = get("/api/catalog/units/shuili/items").get("keyTasks");

        JsonNode riverChiefs = StreamSupport.stream(water.spliterator(), false)
                .filter(t -> t.get("number").asInt() == 4).findFirst().orElseThrow();
        assertThat(riverChiefs.get("roleLabel").asText()).as("全面推行河长制，牵头单位：区水利局").isEqualTo("牵头单位");
        JsonNode daying = get("/api/catalog/units/daying/items").get("keyTasks");
        assertThat(StreamSupport.stream(daying.spliterator(), false)
                .filter(t -> t.get("number").asInt() == 4).findFirst().orElseThrow().get("roleLabel").asText())
                .as("各镇人民政府为参与单位").isEqualTo("参与单位");
    }

    @Test
    void quantitative_targets_are_indicators_with_comparator_value_unit_deadline_and_source() {
        JsonNode indicators = get("/api/catalog/indicators");

        assertThat(indicators).hasSize(90);
        assertThat(streamOf(indicators).filter(i -> i.get("higherLevelTarget").asBoolean()).count()).isEqualTo(43);

        JsonNode forest = byCode(indicators, "kt12-1");
        assertThat(forest.get("name").asText()).isEqualTo("林草覆盖率");
        assertThat(forest.get("targetLabel").asText()).isEqualTo("≥40%");
        assertThat(forest.get("source").get("keyTask").asInt()).isEqualTo(12);
        assertThat(texts(forest.get("responsibleUnits"), "code")).containsExactly("ziranziyuan");
        assertThat(forest.get("sameAs").isNull()).isTrue();
        assertThat(byCode(indicators, "ziranziyuan-02-1").get("sameAs").asText()).as("附件2再次提出的同一计量")
                .isEqualTo("kt12-1");

        JsonNode straw = byCode(indicators, "town10-1");
        assertThat(straw.get("name").asText()).isEqualTo("秸秆综合利用率");
        assertThat(straw.get("comparator").asText()).isEqualTo("≥");
        assertThat(straw.get("target").decimalValue()).isEqualByComparingTo("95");
        assertThat(straw.get("unit").asText()).isEqualTo("%");
        assertThat(straw.get("deadline").asText()).isEqualTo("2022-12-31");
        assertThat(straw.get("deadlineText").asText()).isEqualTo("2022年底前");
        assertThat(straw.get("responsibleUnits")).hasSize(13);

        JsonNode landUse = byCode(indicators, "ziranziyuan-07-1");
        assertThat(landUse.get("targetLabel").asText()).isEqualTo("≥4.5%");
        assertThat(landUse.get("source").get("list").asText()).isEqualTo("ziranziyuan");
        assertThat(landUse.get("source").get("item").asInt()).isEqualTo(7);

        JsonNode manure = byCode(indicators, "kt20-1");
        assertThat(manure.get("higherLevelTarget").asBoolean()).isTrue();
        assertThat(manure.get("target").isNull()).isTrue();
        assertThat(manure.get("targetLabel").asText()).isEqualTo("达到上级考核要求");
    }

    @Test
    void a_unit_sees_the_indicators_it_answers_for() {
        JsonNode indicators = get("/api/catalog/indicators?unit=chengguan");

        assertThat(texts(indicators, "code")).containsExactlyInAnyOrder("chengguan-01-1", "chengguan-02-1", "kt23-1",
                "kt25-1");
        assertThat(byCode(indicators, "chengguan-01-1").get("targetLabel").asText()).isEqualTo("≥85%");
    }

    @Test
    void an_unknown_unit_is_a_404_with_a_chinese_problem_detail_even_for_an_english_browser() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
        ResponseEntity<JsonNode> response = rest.withBasicAuth("daying-reporter", "demo").exchange(
                "/api/catalog/units/nowhere/items", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody().get("title").asText()).isEqualTo("未找到");
        assertThat(response.getBody().get("detail").asText()).isEqualTo("单位不存在：nowhere");
        assertThat(response.getBody().get("instance").asText()).isEqualTo("/api/catalog/units/nowhere/items");
        assertThat(response.getBody().get("status").asInt()).isEqualTo(404);
        assertThat(response.getBody().has("timestamp")).isTrue();
    }

    @Test
    void spring_s_own_refusals_come_with_chinese_texts_from_the_bundle_even_for_an_english_browser() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<JsonNode> response = rest.withBasicAuth("daying-reporter", "demo").exchange(
                "/api/catalog/no-such-path", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody().get("title").asText()).isEqualTo("未找到");
        assertThat(response.getBody().get("detail").asText()).isEqualTo("没有这个接口，请检查请求地址");
    }

    private static JsonNode byCode(JsonNode indicators, String code) {
        return streamOf(indicators).filter(i -> i.get("code").asText().equals(code)).findFirst().orElseThrow();
    }
}
