package cn.ecodispatch.report;

import static cn.ecodispatch.shared.GovernmentDocx.BODY_FONT;
import static cn.ecodispatch.shared.GovernmentDocx.BODY_SIZE;
import static cn.ecodispatch.shared.GovernmentDocx.paragraph;
import static cn.ecodispatch.shared.GovernmentDocx.run;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.GovernmentDocx;
import cn.ecodispatch.shared.Zones;

/**
 * A report version as a printable Word document: title, who submitted it when, the work items, key tasks and
 * indicators as tables, the three texts, and the sign-off and review record.
 */
@Component
class ReportVersionDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final String[] ITEM_HEADERS = {"序号", "任务", "进展", "本月完成情况", "存在问题"};
    private static final String[] KEY_TASK_HEADERS = {"序号", "重点任务", "角色", "进展", "本月完成情况", "存在问题"};
    private static final String[] INDICATOR_HEADERS = {"指标", "目标", "本月数值", "评判"};
    private static final String[] DECISION_HEADERS = {"环节", "结论", "意见", "办理人", "时间"};

    byte[] write(ReportVersionView version) {
        return GovernmentDocx.write(document -> {
            GovernmentDocx.title(document, version.title());
            run(paragraph(document, ParagraphAlignment.CENTER), "报送人：" + orDash(version.submittedByName())
                    + "　报送时间：" + time(version.submittedAt()), BODY_FONT, BODY_SIZE, false);
            heading(document, "一、工作任务");
            table(document, ITEM_HEADERS, numbered(version.items().stream().map(i -> new String[] {
                    i.label(), i.progressLabel(), i.workDone(), i.problems()}).toList()));
            heading(document, "二、重点任务");
            table(document, KEY_TASK_HEADERS, numbered(version.keyTasks().stream().map(k -> new String[] {
                    k.label(), k.roleLabel(), k.progressLabel(), k.workDone(), k.problems()}).toList()));
            heading(document, "三、量化指标");
            table(document, INDICATOR_HEADERS, version.indicators().stream().map(i -> new String[] {
                    i.name(), i.target(), value(i.value(), i.measureUnit()), i.verdictLabel()}).toList());
            heading(document, "四、本月工作总结");
            GovernmentDocx.bodyText(document, version.summary());
            heading(document, "五、存在的困难和问题");
            GovernmentDocx.bodyText(document, version.difficulties());
            heading(document, "六、下月工作计划");
            GovernmentDocx.bodyText(document, version.nextMonthPlan());
            heading(document, "七、审核记录");
            table(document, DECISION_HEADERS, version.decisions().stream().map(d -> new String[] {
                    d.stageLabel(), d.outcomeLabel(), d.reason(), d.decidedByName(), time(d.decidedAt())}).toList());
        });
    }

    private static void heading(XWPFDocument document, String text) {
        run(paragraph(document, ParagraphAlignment.LEFT), text, BODY_FONT, BODY_SIZE, true);
    }

    private static void table(XWPFDocument document, String[] headers, List<String[]> rows) {
        GovernmentDocx.table(document, headers, rows, ParagraphAlignment.LEFT);
    }

    /** The rows with their number, from 1, in front. */
    private static List<String[]> numbered(List<String[]> rows) {
        return IntStream.range(0, rows.size()).mapToObj(r -> {
            String[] row = new String[rows.get(r).length + 1];
            row[0] = String.valueOf(r + 1);
            System.arraycopy(rows.get(r), 0, row, 1, rows.get(r).length);
            return row;
        }).toList();
    }

    private static String value(BigDecimal value, String measureUnit) {
        return value == null ? "未填" : value.stripTrailingZeros().toPlainString() + (measureUnit == null ? "" : measureUnit);
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "—" : at.atZoneSameInstant(Zones.SHANGHAI).format(TIME);
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
