package cn.ecodispatch.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess;
import cn.ecodispatch.shared.ConflictException;
import cn.ecodispatch.shared.InvalidInputException;

/** The monthly bulletin: compiled when the month closes, edited, approved, published with its number, corrected. */
@EcoDispatchTest
class BulletinScenariosTest {

    @Autowired
    MonthScenario month;
    @Autowired
    BulletinMonths months;
    @Autowired
    BulletinService bulletins;
    @Autowired
    BulletinDocument document;
    @Autowired
    BulletinWorkbook workbook;
    @Autowired
    CatalogService catalog;

    @Test
    void a_closed_month_ends_in_a_draft_bulletin_whose_figures_match_the_month() {
        month.clockAt("2035-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2035-01");
        List<String> units = month.dispatch.reportsOf(cycle).stream().map(r -> r.getUnit().getCode()).toList();
        String commended = units.get(0);
        String onTime = units.get(1);
        String returnedOnce = units.get(2);
        String withProblem = units.get(3);
        String late = units.get(4);
        String rectificationLate = units.get(5);
        String criticized = units.get(29);
        month.reportApproved(cycle, commended);
        month.reportApproved(cycle, onTime);
        month.reviewed(cycle, returnedOnce, "office2", MonthScenario.returned("请补充佐证材料"));
        month.reportApproved(cycle, returnedOnce);
        month.reviewed(cycle, withProblem, "office1", MonthScenario.approvedWithProblems(
                List.of(MonthScenario.problem("台账不完整", "补齐台账", LocalDate.of(2035, 1, 28)))));
        month.reviewed(cycle, rectificationLate, "office1", MonthScenario.approvedWithProblems(
                List.of(MonthScenario.problem("秸秆禁烧巡查记录缺失", "补齐巡查记录", LocalDate.of(2035, 1, 15)))));
        month.clockAt("2035-01-08T10:00");
        month.runDueJobs();
        month.reportApproved(cycle, late);
        month.clockAt("2035-01-21T08:00");
        month.runDueJobs();
        ProcessInstance monthInstance = months.instance(cycle.getProcessInstanceId());

        Bulletin draft = months.consultAndCompile(cycle, List.of(commended), List.of(criticized));

        assertThat(monthInstance).isEnded().hasPassed(MonthlyDispatchProcess.Elements.TASK_CLOSE_CYCLE,
                MonthlyDispatchProcess.Elements.TASK_COMPILE_BULLETIN);
        ProcessInstance bulletinInstance = months.instance(draft.getProcessInstanceId());
        assertThat(bulletinInstance).isWaitingAt(BulletinProcess.Elements.TASK_EDIT);
        assertThat(bulletinInstance.getBusinessKey()).isEqualTo(String.valueOf(draft.getId()));
        assertThat(month.taskOf(bulletinInstance, BulletinProcess.Elements.TASK_EDIT)).hasCandidateGroup("office");
        assertThat(draft.getStatus()).isEqualTo(Bulletin.Status.DRAFT);
        assertThat(draft.getTitle()).isEqualTo("2035年1月生态文明建设示范区创建工作月度通报");

        List<UnitFigures> ranked = draft.getUnits();
        assertThat(ranked).hasSize(37);
        assertThat(ranked).filteredOn(f -> f.getTimeliness() == Timeliness.ON_TIME).extracting(UnitFigures::getUnitCode)
                .containsExactlyInAnyOrder(commended, onTime, returnedOnce, withProblem, rectificationLate);
        assertThat(ranked).filteredOn(f -> f.getTimeliness() == Timeliness.LATE).extracting(UnitFigures::getUnitCode)
                .containsExactly(late);
        assertThat(ranked).filteredOn(f -> f.getTimeliness() == Timeliness.MISSING).hasSize(31);
        assertThat(figures(ranked, returnedOnce).getReturnCount()).isEqualTo(1);
        assertThat(figures(ranked, late).getReminderLetters()).as("逾期报送的提示函").isEqualTo(1);
        assertThat(figures(ranked, late).getDaysLate()).isEqualTo(3);
        assertThat(figures(ranked, withProblem).getRectificationsOpened()).isEqualTo(1);
        assertThat(figures(ranked, withProblem).getRectificationsClosed()).isZero();
        assertThat(figures(ranked, rectificationLate).getRectificationsOverdue()).isEqualTo(1);
        assertThat(figures(ranked, rectificationLate).getReminderLetters()).as("整改逾期的提示函").isEqualTo(1);
        assertThat(figures(ranked, commended).isCommended()).isTrue();
        assertThat(figures(ranked, criticized).isCriticized()).isTrue();

        assertThat(ranked.subList(0, 6)).extracting(UnitFigures::getUnitCode, UnitFigures::getScore, UnitFigures::getRank)
                .as("100 分起算：表扬 +5，退回一次 −5，整改逾期 −5，逾期 −10，提示函 −10")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(commended, 105, 1),
                        org.assertj.core.groups.Tuple.tuple(onTime, 100, 2),
                        org.assertj.core.groups.Tuple.tuple(withProblem, 100, 2),
                        org.assertj.core.groups.Tuple.tuple(returnedOnce, 95, 4),
                        org.assertj.core.groups.Tuple.tuple(rectificationLate, 85, 5),
                        org.assertj.core.groups.Tuple.tuple(late, 80, 6));
        assertThat(ranked.get(36).getUnitCode()).as("未报送又被通报批评的单位排在最后").isEqualTo(criticized);
        assertThat(ranked.get(36).getScore()).isEqualTo(100 - 30 - 10 - 10);
        assertThat(draft.getBody()).contains("本月应报送单位37个，按时报送5个，逾期报送1个，未报送31个。")
                .contains("对以下单位予以通报表扬：" + figures(ranked, commended).getUnitName())
                .contains("对以下单位予以通报批评：" + figures(ranked, criticized).getUnitName())
                .contains("前3名为：" + figures(ranked, commended).getUnitName() + "（105分）");
    }

    /**
     * The director confirms a long list of problems (its field takes 4 000 characters): the draft runs past the 4 000
     * characters the engine keeps in a text variable, and still reaches the office and the director whole.
     */
    @Test
    void a_bulletin_longer_than_four_thousand_characters_reaches_the_office_and_the_director_whole() {
        month.clockAt("2060-05-02T09:00");
        DispatchCycle cycle = month.startMonth("2060-05");
        month.clockAt("2060-05-21T08:00");
        month.runDueJobs();
        String problems = "各单位台账普遍不完整，需逐项补齐。".repeat(230);

        Bulletin draft = months.consultAndCompile(cycle, List.of(), List.of(), problems);

        assertThat(draft.getBody().length()).isGreaterThan(4000);
        ProcessInstance instance = months.instance(draft.getProcessInstanceId());
        Task edit = month.taskOf(instance, BulletinProcess.Elements.TASK_EDIT);
        assertThat(month.formValue(edit, "bodyText")).isEqualTo(draft.getBody());
        month.complete("office1", edit, Map.of("bodyText", draft.getBody() + "\n特此通报。"));
        assertThat(month.formValue(month.taskOf(instance, BulletinProcess.Elements.TASK_APPROVE), "bodyText"))
                .isEqualTo(draft.getBody() + "\n特此通报。");
    }

    @Test
    void the_director_returns_with_a_reason_then_approves_and_the_bulletin_is_numbered_and_final() {
        Bulletin draft = months.silentMonth("2035-02");
        ProcessInstance instance = months.instance(draft.getProcessInstanceId());
        month.clockAt("2035-02-22T09:00");

        month.complete("office1", month.taskOf(instance, BulletinProcess.Elements.TASK_EDIT),
                Map.of("bodyText", "第一稿：本月各单位均未报送。"));
        Task approve = month.taskOf(instance, BulletinProcess.Elements.TASK_APPROVE);
        assertThat(approve).hasCandidateGroup("officelead");
        assertThat(month.formValue(approve, "bodyText")).isEqualTo("第一稿：本月各单位均未报送。");
        assertThatThrownBy(() -> month.complete("director", approve, Map.of("approvalDecision", "RETURNED")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessage("请填写“退回理由”");
        month.complete("director", approve,
                Map.of("approvalDecision", "RETURNED", "approvalReason", "请补充下月工作要求"));

        assertThat(instance).isWaitingAt(BulletinProcess.Elements.TASK_EDIT);
        Task again = month.taskOf(instance, BulletinProcess.Elements.TASK_EDIT);
        assertThat(month.formValue(again, "returnReason")).isEqualTo("请补充下月工作要求");
        assertThat(month.formValue(again, "bodyText")).isEqualTo("第一稿：本月各单位均未报送。");
        month.complete("office2", again, Map.of("bodyText", "第二稿：本月各单位均未报送，下月须按时报送。"));
        month.complete("director", month.taskOf(instance, BulletinProcess.Elements.TASK_APPROVE),
                Map.of("approvalDecision", "APPROVED"));

        assertThat(instance).isEnded().hasPassed(BulletinProcess.Elements.TASK_PUBLISH,
                BulletinProcess.Elements.END_PUBLISHED);
        Bulletin published = bulletins.bulletin(draft.getId());
        assertThat(published.getStatus()).isEqualTo(Bulletin.Status.PUBLISHED);
        assertThat(published.getDocumentNumber()).isEqualTo("陕创办通〔2035〕1号");
        assertThat(published.getBody()).isEqualTo("第二稿：本月各单位均未报送，下月须按时报送。");
        assertThat(published.getEditedBy()).isEqualTo("office2");
        assertThat(published.getApprovedBy()).isEqualTo("director");
        assertThat(month.runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list())
                .as("表单数据不留在流程中").noneMatch(v -> v.getName().equals("bodyText")
                        || v.getName().equals("approvalReason"));

        assertThatThrownBy(() -> bulletins.edit(published, "改写已发布的通报", "office1"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已发布，不能再修改");
        assertThatThrownBy(() -> published.getUnits().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(bulletins.bulletin(draft.getId()).getBody()).isEqualTo("第二稿：本月各单位均未报送，下月须按时报送。");

        Bulletin second = months.published(months.silentMonth("2035-03"));
        assertThat(second.getDocumentNumber()).isEqualTo("陕创办通〔2035〕2号");

        Bulletin correction = month.as("office1", () -> bulletins.correct(published, "未报送单位名单有误"));
        assertThat(correction.getVersionNo()).isEqualTo(2);
        assertThat(correction.getCorrects().getId()).isEqualTo(published.getId());
        assertThat(correction.getBody()).startsWith("更正说明：本通报更正陕创办通〔2035〕1号，更正原因：未报送单位名单有误");
        assertThat(correction.getUnits()).extracting(UnitFigures::getUnitCode)
                .containsExactlyElementsOf(published.getUnits().stream().map(UnitFigures::getUnitCode).toList());
        assertThat(month.read(() -> {
            Bulletin stored = bulletins.bulletin(correction.getId());
            return List.of(stored.getUnits().size(), stored.getKeyTasks().size(), stored.getIndicators().size());
        })).as("更正稿的各项数据已写入数据库，原通报的不变").containsExactly(37, 30,
                month.read(() -> bulletins.bulletin(published.getId()).getIndicators().size()));
        assertThat(month.read(() -> bulletins.bulletin(published.getId()).getKeyTasks().size())).isEqualTo(30);
        assertThat(months.instance(correction.getProcessInstanceId())).isWaitingAt(BulletinProcess.Elements.TASK_EDIT);
        assertThatThrownBy(() -> bulletins.correct(published, "再次更正")).isInstanceOf(ConflictException.class);

        Bulletin corrected = months.published(correction);
        assertThat(corrected.getDocumentNumber()).isEqualTo("陕创办通〔2035〕3号");
        assertThat(bulletins.supersededBy(published)).map(Bulletin::getId).contains(corrected.getId());
        assertThat(bulletins.bulletin(published.getId()).getStatus()).isEqualTo(Bulletin.Status.PUBLISHED);
        assertThat(bulletins.bulletin(published.getId()).getDocumentNumber()).isEqualTo("陕创办通〔2035〕1号");
    }

    @Test
    void key_tasks_and_indicators_stand_in_the_bulletin_as_their_lead_units_reported_them() throws IOException {
        month.clockAt("2040-03-02T09:00");
        DispatchCycle cycle = month.startMonth("2040-03");
        month.reportApproved(cycle, "shuili", "DELAYED", "50", "资金未到位");
        month.reportApproved(cycle, "daying");
        month.clockAt("2040-03-21T08:00");
        month.runDueJobs();

        Bulletin draft = months.consultAndCompile(cycle, List.of(), List.of());

        Bulletin compiled = month.read(() -> {
            Bulletin b = bulletins.bulletin(draft.getId());
            b.getKeyTasks().size();
            b.getIndicators().size();
            return b;
        });
        List<KeyTaskFigures> keyTasks = compiled.getKeyTasks();
        assertThat(keyTasks).hasSize(30).extracting(KeyTaskFigures::getNumber).startsWith(1, 2, 3, 4);
        KeyTaskFigures riverChiefs = keyTasks.get(3);
        assertThat(riverChiefs.getTitle()).isEqualTo("全面推行河长制");
        assertThat(riverChiefs.getProgressLabel()).as("牵头单位区水利局报滞后").isEqualTo("滞后");
        assertThat(riverChiefs.getProblems()).isEqualTo("资金未到位");
        assertThat(keyTasks.get(0).getProgressLabel()).as("第1项由区创建办牵头").isEqualTo("牵头单位不报送");
        assertThat(keyTasks.get(1).getProgressLabel()).isEqualTo("牵头单位未报");

        List<IndicatorFigures> indicators = compiled.getIndicators();
        assertThat(indicators).as("方案中的每个量化指标").hasSize(month.read(() -> catalog.indicators().size()));
        assertThat(indicators).filteredOn(i -> i.getOffTrackUnits().contains("区水利局")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.getMissed()).as("2022年底的期限已过，50%未达标").isPositive());
        assertThat(indicators).anySatisfy(i -> assertThat(i.getMet()).as("大营镇报100%").isPositive());
        int pairs = indicators.stream().mapToInt(i -> i.getMet() + i.getOnCourse() + i.getBehind() + i.getMissed()
                + i.getNotJudged()).sum();
        assertThat(pairs).as("每个责任单位对每个指标计一次").isEqualTo(month.read(() -> catalog.indicators().stream()
                .mapToInt(i -> i.getResponsibleUnits().size()).sum()));
        assertThat(draft.getBody()).contains("四、重点任务和量化指标进展")
                .contains("进度滞后的重点任务：第4项全面推行河长制（牵头单位：区水利局）")
                .as("同一数量的几个目标只列一次").containsOnlyOnce("村镇饮用水卫生合格率（区水利局）")
                .contains("五、综合排名").contains("六、工作要求");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(month.read(() ->
                document.write(bulletins.bulletin(draft.getId()), "区创建办"))))) {
            assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("附表2：重点任务进展", "附表3：量化指标进展（单位个数）");
            assertThat(docx.getTables()).hasSize(3);
            assertThat(docx.getTables().get(1).getRow(4).getCell(3).getText()).isEqualTo("滞后");
            assertThat(docx.getTables().get(2).getRows()).hasSize(indicators.size() + 1);
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(month.read(() ->
                workbook.write(bulletins.bulletin(draft.getId())))))) {
            assertThat(xlsx.getSheet("重点任务").getRow(5).getCell(3).getStringCellValue()).isEqualTo("滞后");
            Sheet sheet = xlsx.getSheet("量化指标");
            int missed = 0;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                missed += (int) sheet.getRow(r).getCell(5).getNumericCellValue();
            }
            assertThat(missed).isEqualTo(indicators.stream().mapToInt(IndicatorFigures::getMissed).sum()).isPositive();
        }
    }

    private static UnitFigures figures(List<UnitFigures> ranked, String unit) {
        return ranked.stream().filter(f -> f.getUnitCode().equals(unit)).findFirst().orElseThrow();
    }
}
