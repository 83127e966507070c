package cn.ecodispatch.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.Zones;

/**
 * The bulletin as a Word document in the layout of government documents (GB/T 9704): A4, the issuer's mark in red,
 * the number centred below it, a red line, the title, the text in 仿宋 三号, the ranking table, issuer and date.
 * Fonts are named as Word knows them; 方正小标宋 is not assumed to be installed, 宋体 bold stands in for it.
 */
@Component
class BulletinDocument {

    private static final String TITLE_FONT = "宋体";
    private static final String BODY_FONT = "仿宋";
    private static final String RED = "FF0000";
    private static final int BODY_SIZE = 16;
    private static final int TABLE_SIZE = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    byte[] write(Bulletin bulletin, String issuer) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4WithGovernmentMargins(document);
            XWPFParagraph mark = paragraph(document, ParagraphAlignment.CENTER);
            run(mark, issuer, TITLE_FONT, 26, true).setColor(RED);
            XWPFParagraph number = paragraph(document, ParagraphAlignment.CENTER);
            run(number, bulletin.isPublished() ? bulletin.getDocumentNumber() : "（征求意见稿）", BODY_FONT, BODY_SIZE,
                    false);
            redLine(number);
            paragraph(document, ParagraphAlignment.CENTER);
            run(paragraph(document, ParagraphAlignment.CENTER), BulletinFiles.title(bulletin), TITLE_FONT, 22, true);
            for (String line : bulletin.getBody().split("\n")) {
                XWPFParagraph text = paragraph(document, ParagraphAlignment.BOTH);
                text.setIndentationFirstLine(2 * BODY_SIZE * 20);
                run(text, line, BODY_FONT, BODY_SIZE, false);
            }
            run(paragraph(document, ParagraphAlignment.LEFT), "附表：各单位月度得分和排名", BODY_FONT, BODY_SIZE, false);
            rankingTable(document, bulletin.getUnits());
            paragraph(document, ParagraphAlignment.RIGHT);
            run(paragraph(document, ParagraphAlignment.RIGHT), issuer, BODY_FONT, BODY_SIZE, false);
            OffsetDateTime dated = bulletin.isPublished() ? bulletin.getPublishedAt() : bulletin.getCompiledAt();
            run(paragraph(document, ParagraphAlignment.RIGHT), dated.atZoneSameInstant(Zones.SHANGHAI).format(DATE),
                    BODY_FONT, BODY_SIZE, false);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rankingTable(XWPFDocument document, List<UnitFigures> units) {
        XWPFTable table = document.createTable(units.size() + 1, BulletinFiles.HEADERS.length);
        table.setWidth("100%");
        for (int c = 0; c < BulletinFiles.HEADERS.length; c++) {
            cell(table.getRow(0), c, BulletinFiles.HEADERS[c], true);
        }
        for (int r = 0; r < units.size(); r++) {
            String[] values = BulletinFiles.row(units.get(r));
            for (int c = 0; c < values.length; c++) {
                cell(table.getRow(r + 1), c, values[c], false);
            }
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, BODY_FONT, TABLE_SIZE, bold);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }

    private static void redLine(XWPFParagraph paragraph) {
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
        paragraph.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
    }

    /** A4 portrait; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (GB/T 9704-2012). */
    private static void a4WithGovernmentMargins(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(twips(210));
        size.setH(twips(297));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
    }

    private static BigInteger twips(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
    }
}
