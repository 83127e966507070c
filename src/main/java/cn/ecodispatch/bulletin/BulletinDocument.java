package cn.ecodispatch.bulletin;

import static cn.ecodispatch.shared.GovernmentDocx.BODY_FONT;
import static cn.ecodispatch.shared.GovernmentDocx.BODY_SIZE;
import static cn.ecodispatch.shared.GovernmentDocx.TITLE_FONT;
import static cn.ecodispatch.shared.GovernmentDocx.paragraph;
import static cn.ecodispatch.shared.GovernmentDocx.run;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.GovernmentDocx;
import cn.ecodispatch.shared.Zones;

/**
 * The bulletin as a Word document in the layout of government documents (GB/T 9704): A4, the issuer's mark in red,
 * the number centred below it, a red line, the title, the text in 仿宋 三号, the ranking table, issuer and date.
 */
@Component
class BulletinDocument {

    private static final String RED = "FF0000";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    byte[] write(Bulletin bulletin, String issuer) {
        return GovernmentDocx.write(document -> {
            XWPFParagraph mark = paragraph(document, ParagraphAlignment.CENTER);
            run(mark, issuer, TITLE_FONT, 26, true).setColor(RED);
            XWPFParagraph number = paragraph(document, ParagraphAlignment.CENTER);
            run(number, bulletin.isPublished() ? bulletin.getDocumentNumber() : "（征求意见稿）", BODY_FONT, BODY_SIZE,
                    false);
            redLine(number);
            paragraph(document, ParagraphAlignment.CENTER);
            GovernmentDocx.title(document, BulletinFiles.title(bulletin));
            GovernmentDocx.bodyText(document, bulletin.getBody());
            annex(document, "附表1：各单位月度得分和排名", BulletinFiles.HEADERS,
                    bulletin.getUnits().stream().map(BulletinFiles::row).toList());
            annex(document, "附表2：重点任务进展", BulletinFiles.KEY_TASK_HEADERS,
                    bulletin.getKeyTasks().stream().map(BulletinFiles::row).toList());
            annex(document, "附表3：量化指标进展（单位个数）", BulletinFiles.INDICATOR_HEADERS,
                    bulletin.getIndicators().stream().map(BulletinFiles::row).toList());
            paragraph(document, ParagraphAlignment.RIGHT);
            run(paragraph(document, ParagraphAlignment.RIGHT), issuer, BODY_FONT, BODY_SIZE, false);
            OffsetDateTime dated = bulletin.isPublished() ? bulletin.getPublishedAt() : bulletin.getCompiledAt();
            run(paragraph(document, ParagraphAlignment.RIGHT), dated.atZoneSameInstant(Zones.SHANGHAI).format(DATE),
                    BODY_FONT, BODY_SIZE, false);
        });
    }

    private static void annex(XWPFDocument document, String caption, String[] headers, List<String[]> rows) {
        run(paragraph(document, ParagraphAlignment.LEFT), caption, BODY_FONT, BODY_SIZE, false);
        GovernmentDocx.table(document, headers, rows, ParagraphAlignment.CENTER);
    }

    private static void redLine(XWPFParagraph paragraph) {
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
        paragraph.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
    }
}
