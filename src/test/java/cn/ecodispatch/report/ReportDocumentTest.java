package cn.ecodispatch.report;

import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import cn.ecodispatch.shared.Period;

/**
 * Every version of a report stays readable and printable: 大营镇 submits, its leader returns the report, 大营镇
 * resubmits and the leader signs; both versions open with their own contents and decisions.
 */
@EcoDispatchTest
class ReportDocumentTest {

    private static final String RETURN_REASON = "总结过于简单，请补充秸秆综合利用的具体数据";

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;

    private long reportId;
    private long draftingReportId;

    @BeforeEach
    void returnedOnceThenSigned() {
        month.clockAt("2038-01-02T09:00");
        DispatchCycle cycle = month.dispatch.cycleOf(Period.parse("2038-01")).orElse(null);
        if (cycle != null) {
            reportId = month.report(cycle, "daying").getId();
            draftingReportId = month.report(cycle, "yuandian").getId();
            return;
        }
        cycle = month.startMonth("2038-01");
        ProcessInstance instance = month.reportInstance(cycle, "daying");
        Task first = month.taskOf(instance, TASK_SUBMIT);
        Map<String, Object> firstVersion = month.reportForm(first, "SUBMIT", "IN_PROGRESS", "100");
        firstVersion.put("summary", "第一版总结");
        month.complete("daying-reporter", first, firstVersion);
        month.complete("daying-leader", month.taskOf(instance, TASK_SIGN_OFF),
                Map.of("signOffDecision", "RETURNED", "signOffComment", RETURN_REASON));
        Task second = month.taskOf(instance, TASK_SUBMIT);
        Map<String, Object> secondVersion = month.filledReport(second, "SUBMIT");
        secondVersion.put("summary", "第二版总结：秸秆综合利用率已达96%");
        month.complete("daying-reporter", second, secondVersion);
        month.complete("daying-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));
        reportId = month.report(cycle, "daying").getId();
        draftingReportId = month.report(cycle, "yuandian").getId();
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private String version(int versionNo) {
        return "/api/reports/" + reportId + "/versions/" + versionNo;
    }

    @Test
    void each_version_opens_with_its_own_contents_and_the_decisions_taken_on_it() {
        JsonNode first = as("daying-reporter").getForObject(version(1), JsonNode.class);
        JsonNode second = as("office1").getForObject(version(2), JsonNode.class);

        assertThat(first.get("unitName").asText()).isEqualTo("大营镇");
        assertThat(first.get("versionNo").asInt()).isEqualTo(1);
        assertThat(first.get("stateLabel").asText()).isEqualTo("已提交");
        assertThat(first.get("submittedBy").asText()).isEqualTo("daying-reporter");
        assertThat(first.get("submittedByName").asText()).as("人以姓名出现，不以登录名").isEqualTo("大营镇 填报员");
        assertThat(first.get("summary").asText()).isEqualTo("第一版总结");
        assertThat(first.get("items").get(0).get("progressLabel").asText()).isEqualTo("推进中");
        assertThat(first.get("items").get(0).get("workDone").asText()).startsWith("本月完成：附件1");
        assertThat(first.get("indicators").get(0).get("target").asText()).isNotBlank();
        assertThat(first.get("indicators").get(0).get("verdictLabel").asText()).isNotBlank();
        assertThat(first.get("decisions")).hasSize(1);
        assertThat(first.get("decisions").get(0).get("outcomeLabel").asText()).isEqualTo("退回修改");
        assertThat(first.get("decisions").get(0).get("reason").asText()).isEqualTo(RETURN_REASON);

        assertThat(second.get("summary").asText()).isEqualTo("第二版总结：秸秆综合利用率已达96%");
        assertThat(second.get("items").get(0).get("progressLabel").asText()).isEqualTo("已完成");
        assertThat(second.get("decisions")).hasSize(1);
        assertThat(second.get("decisions").get(0).get("outcomeLabel").asText()).isEqualTo("同意报送");
    }

    @Test
    void a_version_downloads_as_a_word_document_with_its_rows_and_its_return_reason() throws IOException {
        JsonNode first = as("daying-reporter").getForObject(version(1), JsonNode.class);
        ResponseEntity<byte[]> download = as("office1").getForEntity(version(1) + "/document.docx", byte[].class);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("大营镇-2038-01-月度工作总结和台账-第1版.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.getBody()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("大营镇2038年1月月度工作总结和台账（第1版）");
            String text = extractor.getText();
            assertThat(text).contains(first.get("items").get(0).get("workDone").asText(), RETURN_REASON, "第一版总结")
                    .contains("报送人：大营镇 填报员").doesNotContain("第二版总结").doesNotContain("daying-reporter");
        }
    }

    @Test
    void a_draft_opens_for_the_units_staff_marked_as_draft_and_not_for_the_office() throws IOException {
        String draft = "/api/reports/" + draftingReportId + "/versions/1";

        JsonNode own = as("yuandian-reporter").getForObject(draft, JsonNode.class);
        byte[] printed = as("yuandian-reporter").getForObject(draft + "/document.docx", byte[].class);
        ResponseEntity<JsonNode> office = as("office1").getForEntity(draft, JsonNode.class);

        assertThat(own.get("stateLabel").asText()).isEqualTo("草稿");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(printed))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("原店镇2038年1月月度工作总结和台账（第1版）（草稿）");
        }
        assertThat(office.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(office.getBody().get("detail").asText()).isEqualTo("第1版尚未提交，草稿仅本单位工作人员可以查看");
    }

    @Test
    void another_units_reporter_is_refused_and_an_unknown_version_is_not_found() {
        ResponseEntity<JsonNode> foreign = as("yuandian-reporter").getForEntity(version(1), JsonNode.class);
        ResponseEntity<JsonNode> foreignDocument = as("yuandian-reporter").getForEntity(version(1) + "/document.docx",
                JsonNode.class);
        ResponseEntity<JsonNode> unknown = as("daying-reporter").getForEntity(version(9), JsonNode.class);

        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody().get("detail").asText()).isEqualTo("无权查看其他单位的数据");
        assertThat(foreignDocument.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).isEqualTo("该报送没有第9版");
    }
}
