package cn.ecodispatch.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The page, paragraphs and tables of a Word document in the layout of government documents (GB/T 9704): A4, the
 * text in 仿宋 三号, titles in 宋体 bold. Fonts are named as Word knows them; 方正小标宋 is not assumed to be
 * installed, 宋体 bold stands in for it.
 */
public final class GovernmentDocx {

    public static final String TITLE_FONT = "宋体";
    public static final String BODY_FONT = "仿宋";
    public static final int TITLE_SIZE = 22;
    public static final int BODY_SIZE = 16;
    public static final int TABLE_SIZE = 10;

    private GovernmentDocx() {
    }

    /** A new A4 document with government margins, filled by {@code content}, as the bytes of a .docx file. */
    public static byte[] write(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4WithGovernmentMargins(document);
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /** A run of text; a missing text is an empty run. */
    public static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }

    public static void title(XWPFDocument document, String text) {
        run(paragraph(document, ParagraphAlignment.CENTER), text, TITLE_FONT, TITLE_SIZE, true);
    }

    /** Body text, one justified paragraph per line, each indented by two characters. */
    public static void bodyText(XWPFDocument document, String text) {
        for (String line : (text == null ? "" : text).split("\n")) {
            XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
            paragraph.setIndentationFirstLine(2 * BODY_SIZE * 20);
            run(paragraph, line, BODY_FONT, BODY_SIZE, false);
        }
    }

    /** A full-width table: the headers in bold and centred, then one row per entry aligned as given. */
    public static XWPFTable table(XWPFDocument document, String[] headers, List<String[]> rows,
            ParagraphAlignment rowAlignment) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.length);
        table.setWidth("100%");
        for (int c = 0; c < headers.length; c++) {
            cell(table, 0, c, headers[c], true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.length; c++) {
                cell(table, r + 1, c, rows.get(r)[c], false, rowAlignment);
            }
        }
        return table;
    }

    private static void cell(XWPFTable table, int row, int column, String text, boolean bold,
            ParagraphAlignment alignment) {
        XWPFParagraph paragraph = table.getRow(row).getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        run(paragraph, text, BODY_FONT, TABLE_SIZE, bold);
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
