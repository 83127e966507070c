package cn.ecodispatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.ecodispatch.shared.InvalidInputException;

/**
 * Reads chosen worksheets of an uploaded .xlsx with POI's streaming (SAX) API, within hard limits a real ledger
 * stays far below (a unit has at most some 60 items and 40 indicators). A file past any limit is refused as soon as
 * the limit is reached, before the rest of it is inflated or parsed.
 */
final class LedgerSheets {

    static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;
    static final long MAX_UNZIPPED_BYTES = 20L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    static final int MAX_ZIP_ENTRIES = 100;
    static final int MAX_SHEETS = 10;
    static final int MAX_ROWS = 1000;
    static final int MAX_COLUMNS = 50;
    static final int MAX_CELL_CHARS = 4 * ReportForm.TEXT_LIMIT;

    private static final int MB = 1024 * 1024;

    static {
        // POI's zip-bomb thresholds are global to the JVM; the ledger is the application's only use of POI reading.
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
    }

    private LedgerSheets() {
    }

    /** @return the worksheets of the given names that the file has, by name */
    static Map<String, LedgerSheet> read(Path xlsx, Set<String> names) {
        try {
            checkUnzippedSize(xlsx);
            try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
                Styles styles = reader.getStylesTable();
                Map<String, LedgerSheet> sheets = new HashMap<>();
                XSSFReader.SheetIterator iterator = reader.getSheetIterator();
                for (int count = 1; iterator.hasNext(); count++) {
                    if (count > MAX_SHEETS) {
                        throw refused("台账文件的工作表超过 " + MAX_SHEETS + " 个的上限");
                    }
                    try (InputStream sheet = iterator.next()) {
                        String name = iterator.getSheetName();
                        if (names.contains(name)) {
                            sheets.put(name, parse(sheet, new LedgerSheet(name), styles, strings));
                        }
                    }
                }
                return sheets;
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException e) {
            throw translated(e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // Whatever else POI stumbles over while parsing is a file that is not a well-formed workbook.
            throw unreadable();
        }
    }

    /** Inflates every entry once, without keeping anything, so that no parser ever meets an oversized part. */
    private static void checkUnzippedSize(Path xlsx) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipSecureFile zip = new ZipSecureFile(xlsx.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNZIPPED_BYTES) {
                            throw refused("台账文件解压后超过 " + MAX_UNZIPPED_BYTES / MB + "MB 的上限");
                        }
                    }
                }
            }
        }
    }

    /** POI reports its zip-bomb thresholds as plain IOExceptions whose messages name the threshold. */
    private static InvalidInputException translated(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("MAX_ENTRY_SIZE")) {
            return refused("台账文件中有一项解压后超过 " + MAX_ENTRY_BYTES / MB + "MB 的上限");
        }
        if (message.contains("MIN_INFLATE_RATIO")) {
            return refused("台账文件的压缩比超过 1:" + Math.round(1 / MIN_INFLATE_RATIO) + " 的上限");
        }
        if (message.contains("MAX_FILE_COUNT")) {
            return refused("台账文件内含的条目超过 " + MAX_ZIP_ENTRIES + " 个的上限");
        }
        return unreadable();
    }

    private static LedgerSheet parse(InputStream in, LedgerSheet sheet, Styles styles, SharedStrings strings)
            throws IOException, SAXException, ParserConfigurationException {
        NumberKeepingFormatter formatter = new NumberKeepingFormatter();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new BoundedCells(sheet, formatter), formatter,
                false));
        xml.parse(new InputSource(in));
        return sheet;
    }

    static InvalidInputException refused(String limit) {
        return new InvalidInputException("file", limit + "，未导入任何内容");
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("file", "无法读取该文件，请上传从本系统下载的 .xlsx 台账模板");
    }

    /** Takes the cells of one sheet as the parser meets them, refusing the file at the first limit passed. */
    private static final class BoundedCells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final LedgerSheet sheet;
        private final NumberKeepingFormatter formatter;
        private int row;

        BoundedCells(LedgerSheet sheet, NumberKeepingFormatter formatter) {
            this.sheet = sheet;
            this.formatter = formatter;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= MAX_ROWS) {
                throw refused("工作表“" + sheet.name() + "”超过 " + MAX_ROWS + " 行的上限");
            }
            row = rowNum;
        }

        @Override
        public void endRow(int rowNum) {
            // Cells are kept as they come; nothing to finish per row.
        }

        @Override
        public void cell(String reference, String text, XSSFComment comment) {
            String number = formatter.takeNumber();
            int column = new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw refused("工作表“" + sheet.name() + "”超过 " + MAX_COLUMNS + " 列的上限");
            }
            if (text != null && text.length() > MAX_CELL_CHARS) {
                throw refused("工作表“" + sheet.name() + "”的单元格 " + reference + " 超过 " + MAX_CELL_CHARS
                        + " 个字的上限");
            }
            sheet.put(row, column, new LedgerSheet.Cell(text == null ? "" : text, number));
        }
    }

    /**
     * Formats numbers as Excel shows them and keeps the last one as typed: a percentage typed as 95% is stored by
     * Excel as 0.95, and is kept as the 95 the user meant.
     */
    private static final class NumberKeepingFormatter extends DataFormatter {
        private String number;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            BigDecimal typed = BigDecimal.valueOf(value);
            boolean percent = formatString != null && formatString.contains("%");
            number = (percent ? typed.movePointRight(2) : typed).stripTrailingZeros().toPlainString();
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }

        String takeNumber() {
            String taken = number;
            number = null;
            return taken;
        }
    }
}
