package cn.ecodispatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.ApiError.CellError;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.InvalidUploadException;

/**
 * The month's ledger as an Excel workbook (工作任务, 量化指标, 工作总结): written prefilled from the draft, read back
 * into report contents. A workbook with any wrong cell is refused whole, each error named by sheet, row and column.
 */
@Component
public class LedgerWorkbook {

    static final String ITEMS_SHEET = "工作任务";
    static final String INDICATORS_SHEET = "量化指标";
    static final String TEXTS_SHEET = "工作总结";
    private static final String[] ITEM_HEADERS = {"序号", "清单", "工作任务", "具体要求", "进展状态", "本月完成情况", "存在问题"};
    private static final String[] INDICATOR_HEADERS = {"指标", "目标", "本月数值"};
    private static final String[] TEXT_LABELS = {"本月工作总结", "存在的困难和问题", "下月工作计划"};
    private static final int PROGRESS_COLUMN = 4;
    private static final int VALUE_COLUMN = 2;

    public byte[] template(UnitReport report, ReportVersion draft) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet items = workbook.createSheet(ITEMS_SHEET);
            headerRow(items, ITEM_HEADERS, header);
            int r = 1;
            for (ItemEntry entry : draft.getItems()) {
                Row row = items.createRow(r++);
                row.createCell(0).setCellValue(entry.getWorkItem().getNumber());
                row.createCell(1).setCellValue(entry.getWorkItem().getListKind().label());
                text(row, 2, entry.getWorkItem().getTask(), wrap);
                text(row, 3, entry.getWorkItem().getRequirement(), wrap);
                text(row, 4, entry.getProgress() == null ? null : entry.getProgress().label(), null);
                text(row, 5, entry.getWorkDone(), wrap);
                text(row, 6, entry.getProblems(), wrap);
            }
            int[] widths = {6, 18, 30, 60, 10, 40, 30};
            for (int c = 0; c < widths.length; c++) {
                items.setColumnWidth(c, widths[c] * 256);
            }
            if (r > 1) {
                DataValidationHelper helper = items.getDataValidationHelper();
                items.addValidationData(helper.createValidation(helper.createExplicitListConstraint(
                        java.util.Arrays.stream(Progress.values()).map(Progress::label).toArray(String[]::new)),
                        new CellRangeAddressList(1, r - 1, PROGRESS_COLUMN, PROGRESS_COLUMN)));
            }

            Sheet indicators = workbook.createSheet(INDICATORS_SHEET);
            headerRow(indicators, INDICATOR_HEADERS, header);
            r = 1;
            for (IndicatorValue value : draft.getIndicatorValues()) {
                Row row = indicators.createRow(r++);
                text(row, 0, value.getIndicator().getName(), wrap);
                text(row, 1, ReportLabels.indicator(value.getIndicator()), wrap);
                if (value.getValue() != null) {
                    row.createCell(VALUE_COLUMN).setCellValue(value.getValue().doubleValue());
                }
            }
            indicators.setColumnWidth(0, 30 * 256);
            indicators.setColumnWidth(1, 50 * 256);
            indicators.setColumnWidth(2, 12 * 256);

            Sheet texts = workbook.createSheet(TEXTS_SHEET);
            String[] values = {draft.getSummary(), draft.getDifficulties(), draft.getNextMonthPlan()};
            for (int i = 0; i < TEXT_LABELS.length; i++) {
                Row row = texts.createRow(i);
                Cell label = row.createCell(0);
                label.setCellValue(TEXT_LABELS[i]);
                label.setCellStyle(header);
                text(row, 1, values[i], wrap);
            }
            texts.setColumnWidth(0, 20 * 256);
            texts.setColumnWidth(1, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("无法生成台账模板", e);
        }
    }

    /** Reads a filled ledger against the draft: rows must be the draft's items and indicators, in order. */
    public ReportContents read(InputStream in, ReportVersion draft) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            List<CellError> errors = new ArrayList<>();
            Reader reader = new Reader(workbook, errors);
            List<ReportContents.Item> items = reader.items(draft.getItems());
            List<ReportContents.IndicatorEntry> indicators = reader.indicators(draft.getIndicatorValues());
            String[] texts = reader.texts();
            if (!errors.isEmpty()) {
                throw new InvalidUploadException("台账有 " + errors.size() + " 处错误，未导入任何内容", errors);
            }
            return new ReportContents(items, indicators, texts[0], texts[1], texts[2]);
        } catch (IOException | NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException e) {
            throw new InvalidInputException("file", "无法读取该文件，请上传从本系统下载的 .xlsx 台账模板");
        }
    }

    private static final class Reader {
        private final Workbook workbook;
        private final List<CellError> errors;
        private final DataFormatter formatter = new DataFormatter();

        Reader(Workbook workbook, List<CellError> errors) {
            this.workbook = workbook;
            this.errors = errors;
        }

        private Sheet sheet(String name) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                errors.add(new CellError(name, 0, "", "缺少工作表“" + name + "”"));
            }
            return sheet;
        }

        List<ReportContents.Item> items(List<ItemEntry> shown) {
            Sheet sheet = sheet(ITEMS_SHEET);
            List<ReportContents.Item> items = new ArrayList<>();
            for (int i = 0; sheet != null && i < shown.size(); i++) {
                Row row = sheet.getRow(i + 1);
                ItemEntry entry = shown.get(i);
                if (!entry.getWorkItem().getTask().equals(text(row, 2))) {
                    error(ITEMS_SHEET, i + 1, 2, "应为“" + entry.getWorkItem().getTask() + "”，请勿增删或调换任务行");
                    continue;
                }
                String progressText = text(row, PROGRESS_COLUMN);
                Progress progress = Progress.parse(progressText);
                if (progressText != null && progress == null) {
                    error(ITEMS_SHEET, i + 1, PROGRESS_COLUMN, "进展状态应为 " + Progress.allowedLabels() + " 之一");
                }
                items.add(new ReportContents.Item(entry.getWorkItem(), progress,
                        limited(row, i + 1, 5, "本月完成情况"), limited(row, i + 1, 6, "存在问题")));
            }
            return items;
        }

        List<ReportContents.IndicatorEntry> indicators(List<IndicatorValue> shown) {
            Sheet sheet = sheet(INDICATORS_SHEET);
            List<ReportContents.IndicatorEntry> entries = new ArrayList<>();
            for (int i = 0; sheet != null && i < shown.size(); i++) {
                Row row = sheet.getRow(i + 1);
                Indicator indicator = shown.get(i).getIndicator();
                if (!indicator.getName().equals(text(row, 0))) {
                    error(INDICATORS_SHEET, i + 1, 0, "应为“" + indicator.getName() + "”，请勿增删或调换指标行");
                    continue;
                }
                try {
                    entries.add(new ReportContents.IndicatorEntry(indicator,
                            IndicatorValues.check(indicator, number(row == null ? null : row.getCell(VALUE_COLUMN)))));
                } catch (InvalidInputException e) {
                    error(INDICATORS_SHEET, i + 1, VALUE_COLUMN, e.getMessage());
                }
            }
            return entries;
        }

        String[] texts() {
            Sheet sheet = sheet(TEXTS_SHEET);
            String[] texts = new String[TEXT_LABELS.length];
            for (int i = 0; sheet != null && i < TEXT_LABELS.length; i++) {
                Row row = sheet.getRow(i);
                texts[i] = limited(row, i, 1, TEXT_LABELS[i]);
            }
            return texts;
        }

        /** A percentage typed as 95% is stored by Excel as 0.95: read it as the 95 the user meant. */
        private String number(Cell cell) {
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
                boolean percentFormat = cell.getCellStyle().getDataFormatString().contains("%");
                return (percentFormat ? value.movePointRight(2) : value).stripTrailingZeros().toPlainString();
            }
            return formatter.formatCellValue(cell);
        }

        private String limited(Row row, int rowIndex, int column, String label) {
            String text = text(row, column);
            if (text != null && text.length() > ReportForm.TEXT_LIMIT) {
                error(row.getSheet().getSheetName(), rowIndex, column, "“" + label + "”不能超过 " + ReportForm.TEXT_LIMIT + " 个字");
                return null;
            }
            return text;
        }

        private String text(Row row, int column) {
            if (row == null || row.getCell(column) == null) {
                return null;
            }
            String text = formatter.formatCellValue(row.getCell(column)).trim();
            return text.isEmpty() ? null : text;
        }

        private void error(String sheet, int rowIndex, int column, String message) {
            errors.add(new CellError(sheet, rowIndex + 1, CellReference.convertNumToColString(column), message));
        }
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    private static void headerRow(Sheet sheet, String[] headers, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
