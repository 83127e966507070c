package cn.ecodispatch.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.Period;

/**
 * Reading the bulletin: a published one is for everyone signed in (a unit sees its own row marked), a draft only
 * for the office and the supervisors; the .docx and .xlsx downloads; corrections only by the office.
 * Bulletins here are published in 2036 so that the numbering of 2035 stays with {@link BulletinScenariosTest}.
 */
@EcoDispatchTest
class BulletinApiTest {

    @Autowired
    MonthScenario month;
    @Autowired
    BulletinMonths months;
    @Autowired
    BulletinService bulletins;
    @Autowired
    TestRestTemplate rest;

    private Bulletin published;
    private Bulletin draft;

    @BeforeEach
    void aPublishedAndADraftBulletin() {
        published = bulletinOf("2035-04", true);
        draft = bulletinOf("2035-05", false);
    }

    private Bulletin bulletinOf(String period, boolean publish) {
        DispatchCycle existing = month.dispatch.cycleOf(Period.parse(period)).orElse(null);
        if (existing != null) {
            return bulletins.ofCycle(existing).get(0);
        }
        month.clockAt(period + "-02T09:00");
        DispatchCycle cycle = month.startMonth(period);
        month.reportApproved(cycle, "daying");
        month.clockAt(period + "-21T08:00");
        month.runDueJobs();
        Bulletin compiled = months.consultAndCompile(cycle, List.of("daying"), List.of());
        if (!publish) {
            return compiled;
        }
        month.clockAt("2036-01-05T09:00");
        return months.published(compiled);
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    @Test
    void a_units_reporter_reads_the_published_bulletin_with_its_own_row_marked_but_no_draft() {
        ResponseEntity<JsonNode> own = as("daying-reporter").getForEntity("/api/bulletins/" + published.getId(),
                JsonNode.class);
        ResponseEntity<JsonNode> hidden = as("daying-reporter").getForEntity("/api/bulletins/" + draft.getId(),
                JsonNode.class);
        ResponseEntity<JsonNode> hiddenDocument = as("daying-reporter").getForEntity(
                "/api/bulletins/" + draft.getId() + "/document.docx", JsonNode.class);
        JsonNode list = as("yuandian-leader").getForObject("/api/bulletins", JsonNode.class);

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().get("ownUnitCode").asText()).isEqualTo("daying");
        assertThat(own.getBody().get("bulletin").get("documentNumber").asText()).startsWith("陕创办通〔2036〕");
        assertThat(own.getBody().get("ranking")).hasSize(37);
        assertThat(own.getBody().get("ranking").get(0).get("unitCode").asText()).as("按时报送又受表扬").isEqualTo("daying");
        assertThat(own.getBody().get("correctable").asBoolean()).isFalse();
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hidden.getBody().get("detail").asText()).isEqualTo("该通报尚未发布，仅区创建办、组织部门可以查看草稿");
        assertThat(hiddenDocument.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ids(list)).contains(published.getId()).doesNotContain(draft.getId());
    }

    @Test
    void the_office_and_the_organisation_department_see_drafts_too() {
        JsonNode list = as("orgdept").getForObject("/api/bulletins", JsonNode.class);
        ResponseEntity<JsonNode> office = as("office1").getForEntity("/api/bulletins/" + draft.getId(), JsonNode.class);

        assertThat(ids(list)).contains(published.getId(), draft.getId());
        assertThat(office.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(office.getBody().get("bulletin").get("statusLabel").asText()).isEqualTo("草稿");
        assertThat(office.getBody().get("bulletin").get("title").asText()).endsWith("（征求意见稿）");
        assertThat(office.getBody().get("ownUnitCode").isNull()).isTrue();
    }

    @Test
    void the_docx_has_the_number_the_title_and_a_row_per_unit() throws IOException {
        ResponseEntity<byte[]> docx = as("daying-leader").getForEntity(
                "/api/bulletins/" + published.getId() + "/document.docx", byte[].class);

        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docx.getHeaders().getContentDisposition().getFilename()).endsWith(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("三门峡市陕州区创建生态文明建设示范区指挥部办公室", published.getDocumentNumber(),
                    "2035年4月生态文明建设示范区创建工作月度通报");
            List<String> firstRow = cells(document.getTables().get(0).getRow(1));
            assertThat(firstRow.subList(0, 3)).containsExactly("1", "大营镇", "105");
            assertThat(document.getTables().get(0).getRows()).hasSize(38);
            assertThat(document.getDocument().getBody().getSectPr().getPgMar().getTop().toString()).isEqualTo("2098");
        }
        ResponseEntity<byte[]> draftDocx = as("office1").getForEntity(
                "/api/bulletins/" + draft.getId() + "/document.docx", byte[].class);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(draftDocx.getBody()))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("2035年5月生态文明建设示范区创建工作月度通报（征求意见稿）", "（征求意见稿）");
        }
    }

    @Test
    void the_xlsx_ranks_the_units_as_the_bulletin_does() throws IOException {
        JsonNode view = as("office1").getForObject("/api/bulletins/" + published.getId(), JsonNode.class);
        ResponseEntity<byte[]> xlsx = as("daying-reporter").getForEntity(
                "/api/bulletins/" + published.getId() + "/tables.xlsx", byte[].class);

        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet ranking = workbook.getSheet("排名");
            List<String> units = new ArrayList<>();
            for (int r = 2; r <= ranking.getLastRowNum(); r++) {
                units.add(ranking.getRow(r).getCell(1).getStringCellValue());
            }
            List<String> expected = new ArrayList<>();
            view.get("ranking").forEach(row -> expected.add(row.get("unitName").asText()));
            assertThat(units).hasSize(37).containsExactlyElementsOf(expected);
            assertThat(ranking.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(105);
            assertThat(workbook.getSheet("各单位情况")).isNotNull();
        }
    }

    @Test
    void only_the_office_opens_a_correction_and_it_must_say_why() {
        ResponseEntity<JsonNode> byUnit = as("daying-reporter").postForEntity(
                "/api/bulletins/" + published.getId() + "/corrections", json(Map.of("reason", "排名有误")), JsonNode.class);
        ResponseEntity<JsonNode> withoutReason = as("office1").postForEntity(
                "/api/bulletins/" + published.getId() + "/corrections", json(Map.of("reason", " ")), JsonNode.class);

        assertThat(byUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byUnit.getBody().get("detail").asText()).isEqualTo("仅区创建办可以更正通报");
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutReason.getBody().get("detail").asText()).isEqualTo("请填写“更正原因”（reason）");
        assertThat(bulletins.ofCycle(published.getCycle())).hasSize(1);
    }

    private static HttpEntity<Map<String, String>> json(Map<String, String> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        return new HttpEntity<>(body, headers);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
