package cn.ecodispatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.BusyException;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.InvalidUploadException;
import cn.ecodispatch.shared.InvalidUploadException.CellError;

/**
 * The month's ledger as an Excel workbook (工作任务, 重点任务, 量化指标, 工作总结): written prefilled from the draft, read back
 * into report contents. 量化指标 has one row per measured quantity ({@link MeasureRow}), its targets listed. A workbook
 * with any wrong cell is refused whole, each error named by sheet, row and column.
 */
@Component
public class LedgerWorkbook {

    static final String ITEMS_SHEET = "工作任务";
    static final String KEY_TASKS_SHEET = "重点任务";
    static final String INDICATORS_SHEET = "量化指标";
    static final String TEXTS_SHEET = "工作总结";
    private static final String[] ITEM_HEADERS = {"序号", "清单", "工作任务", "具体要求", "进展状态", "本月完成情况", "存在问题"};
    private static final String[] KEY_TASK_HEADERS = {"序号", "重点任务", "本单位职责", "进展状态", "本月完成情况", "存在问题"};
    private static final String[] INDICATOR_HEADERS = {"指标", "目标", "本月数值"};
    private static final String[] TEXT_LABELS = {"本月工作总结", "存在的困难和问题", "下月工作计划"};
    /** Items and key tasks end in the same three columns: progress, work done, problems. */
    private static final int ITEM_PROGRESS_COLUMN = 4;
    private static final int KEY_TASK_PROGRESS_COLUMN = 3;
    private static final int VALUE_COLUMN = 2;
    static final int MAX_CONCURRENT_READS = 2;
    static final Duration TURN_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(LedgerWorkbook.class);

    private final Semaphore readTurns = new Semaphore(MAX_CONCURRENT_READS, true);

    public byte[] template(UnitReport report, ReportVersion draft) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet items = progressSheet(workbook, ITEMS_SHEET, ITEM_HEADERS, new int[] {6, 18, 30, 60, 10, 40, 30},
                    header);
            int r = 1;
            for (ItemEntry entry : draft.getItems()) {
                Row row = items.createRow(r++);
                row.createCell(0).setCellValue(entry.getWorkItem().getNumber());
                row.createCell(1).setCellValue(entry.getWorkItem().getListKind().label());
                text(row, 2, entry.getWorkItem().getTask(), wrap);
                text(row, 3, entry.getWorkItem().getRequirement(), wrap);
                progressCells(row, ITEM_PROGRESS_COLUMN, entry, wrap);
            }
            progressChoices(items, r - 1, ITEM_PROGRESS_COLUMN);

            Sheet keyTasks = progressSheet(workbook, KEY_TASKS_SHEET, KEY_TASK_HEADERS, new int[] {6, 40, 10, 10, 40, 30},
                    header);
            r = 1;
            for (KeyTaskEntry entry : draft.getKeyTasks()) {
                Row row = keyTasks.createRow(r++);
                row.createCell(0).setCellValue(entry.getKeyTask().getNumber());
                text(row, 1, entry.getKeyTask().getTitle(), wrap);
                text(row, 2, entry.getRole().label(), null);
                progressCells(row, KEY_TASK_PROGRESS_COLUMN, entry, wrap);
            }
            progressChoices(keyTasks, r - 1, KEY_TASK_PROGRESS_COLUMN);

            Sheet indicators = workbook.createSheet(INDICATORS_SHEET);
            headerRow(indicators, INDICATOR_HEADERS, header);
            r = 1;
            for (MeasureRow measure : MeasureRow.of(draft.getIndicatorValues())) {
                Row row = indicators.createRow(r++);
                text(row, 0, measure.name(), wrap);
                text(row, 1, measure.targets(), wrap);
                if (measure.value() != null) {
                    row.createCell(VALUE_COLUMN).setCellValue(measure.value().doubleValue());
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

    /**
     * Reads a filled ledger against the draft: rows must be the draft's items, key tasks and indicators, in order. At most
     * {@value #MAX_CONCURRENT_READS} uploads are read at a time, so that hostile files sent together cannot exhaust
     * the memory; a request that gets no turn within {@link #TURN_WAIT} is told the system is busy.
     */
    public ReportContents read(InputStream in, ReportVersion draft) {
        awaitTurn();
        Path xlsx = null;
        try {
            xlsx = Files.createTempFile("ledger-", ".xlsx");
            Files.copy(in, xlsx, StandardCopyOption.REPLACE_EXISTING);
            List<CellError> errors = new ArrayList<>();
            Reader reader = new Reader(LedgerSheets.read(xlsx,
                    Set.of(ITEMS_SHEET, KEY_TASKS_SHEET, INDICATORS_SHEET, TEXTS_SHEET)), errors);
            List<ReportContents.Item> items = reader.items(draft.getItems());
            List<ReportContents.KeyTaskWork> keyTasks = reader.keyTasks(draft.getKeyTasks());
            List<ReportContents.IndicatorEntry> indicators = reader.indicators(MeasureRow.of(draft.getIndicatorValues()));
            String[] texts = reader.texts();
            if (!errors.isEmpty()) {
                throw new InvalidUploadException("台账有 " + errors.size() + " 处错误，未导入任何内容", errors);
            }
            return new ReportContents(items, keyTasks, indicators, texts[0], texts[1], texts[2]);
        } catch (IOException e) {
            throw new UncheckedIOException("无法暂存上传的台账", e);
        } finally {
            readTurns.release();
            deleteQuietly(xlsx);
        }
    }

    private void awaitTurn() {
        try {
            if (readTurns.tryAcquire(TURN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new BusyException("系统正忙，请稍后再试（同时导入的台账过多）");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("无法删除临时台账文件 {}：{}", file, e.getMessage());
        }
    }

    private record Work(Progress progress, String workDone, String problems) {
    }

    private static final class Reader {
        private final Map<String, LedgerSheet> sheets;
        private final List<CellError> errors;

        Reader(Map<String, LedgerSheet> sheets, List<CellError> errors) {
            this.sheets = sheets;
            this.errors = errors;
        }

        private LedgerSheet sheet(String name) {
            LedgerSheet sheet = sheets.get(name);
            if (sheet == null) {
                errors.add(new CellError(name, 0, "", "缺少工作表“" + name + "”"));
            }
            return sheet;
        }

        List<ReportContents.Item> items(List<ItemEntry> shown) {
            LedgerSheet sheet = sheet(ITEMS_SHEET);
            List<ReportContents.Item> items = new ArrayList<>();
            for (int i = 0; sheet != null && i < shown.size(); i++) {
                int row = i + 1;
                ItemEntry entry = shown.get(i);
                if (!entry.getWorkItem().getTask().equals(sheet.text(row, 2))) {
                    error(ITEMS_SHEET, row, 2, "应为“" + entry.getWorkItem().getTask() + "”，请勿增删或调换任务行");
                    continue;
                }
                Work work = work(sheet, row, ITEM_PROGRESS_COLUMN);
                items.add(new ReportContents.Item(entry.getWorkItem(), work.progress(), work.workDone(),
                        work.problems()));
            }
            return items;
        }

        List<ReportContents.KeyTaskWork> keyTasks(List<KeyTaskEntry> shown) {
            LedgerSheet sheet = sheet(KEY_TASKS_SHEET);
            List<ReportContents.KeyTaskWork> keyTasks = new ArrayList<>();
            for (int i = 0; sheet != null && i < shown.size(); i++) {
                int row = i + 1;
                KeyTaskEntry entry = shown.get(i);
                if (!entry.getKeyTask().getTitle().equals(sheet.text(row, 1))) {
                    error(KEY_TASKS_SHEET, row, 1, "应为“" + entry.getKeyTask().getTitle() + "”，请勿增删或调换重点任务行");
                    continue;
                }
                Work work = work(sheet, row, KEY_TASK_PROGRESS_COLUMN);
                keyTasks.add(new ReportContents.KeyTaskWork(entry.getKeyTask(), entry.getRole(), work.progress(),
                        work.workDone(), work.problems()));
            }
            return keyTasks;
        }

        /** The progress, work done and problems of a row, starting at the progress column. */
        private Work work(LedgerSheet sheet, int row, int progressColumn) {
            String progressText = sheet.text(row, progressColumn);
            Progress progress = Progress.parse(progressText);
            if (progressText != null && progress == null) {
                error(sheet.name(), row, progressColumn, "进展状态应为 " + Progress.allowedLabels() + " 之一");
            }
            return new Work(progress, limited(sheet, row, progressColumn + 1, "本月完成情况"),
                    limited(sheet, row, progressColumn + 2, "存在问题"));
        }

        /** One row per measured quantity; its value goes to every indicator of the row. */
        List<ReportContents.IndicatorEntry> indicators(List<MeasureRow> shown) {
            LedgerSheet sheet = sheet(INDICATORS_SHEET);
            List<ReportContents.IndicatorEntry> entries = new ArrayList<>();
            for (int i = 0; sheet != null && i < shown.size(); i++) {
                int row = i + 1;
                MeasureRow measure = shown.get(i);
                if (!measure.name().equals(sheet.text(row, 0))) {
                    error(INDICATORS_SHEET, row, 0, "应为“" + measure.name() + "”，请勿增删或调换指标行");
                    continue;
                }
                try {
                    entries.addAll(measure.entered(sheet.number(row, VALUE_COLUMN)));
                } catch (InvalidInputException e) {
                    error(INDICATORS_SHEET, row, VALUE_COLUMN, e.getMessage());
                }
            }
            return entries;
        }

        String[] texts() {
            LedgerSheet sheet = sheet(TEXTS_SHEET);
            String[] texts = new String[TEXT_LABELS.length];
            for (int i = 0; sheet != null && i < TEXT_LABELS.length; i++) {
                texts[i] = limited(sheet, i, 1, TEXT_LABELS[i]);
            }
            return texts;
        }

        /** Text that is stored as it is: within the form's limit, and without NUL, which PostgreSQL refuses. */
        private String limited(LedgerSheet sheet, int row, int column, String label) {
            String text = sheet.text(row, column);
            if (text != null && text.length() > ReportForm.TEXT_LIMIT) {
                error(sheet.name(), row, column, "“" + label + "”不能超过 " + ReportForm.TEXT_LIMIT + " 个字");
                return null;
            }
            if (text != null && text.indexOf('\u0000') >= 0) {
                error(sheet.name(), row, column, "“" + label + "”含有不可见的空字符（NUL），请删除后再导入");
                return null;
            }
            return text;
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

    private static Sheet progressSheet(Workbook workbook, String name, String[] headers, int[] widths,
            CellStyle header) {
        Sheet sheet = workbook.createSheet(name);
        headerRow(sheet, headers, header);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return sheet;
    }

    private static void progressCells(Row row, int progressColumn, ProgressEntry entry, CellStyle wrap) {
        text(row, progressColumn, entry.getProgress() == null ? null : entry.getProgress().label(), null);
        text(row, progressColumn + 1, entry.getWorkDone(), wrap);
        text(row, progressColumn + 2, entry.getProblems(), wrap);
    }

    /** A drop-down of the progress labels in the progress column of rows 1 to lastRow. */
    private static void progressChoices(Sheet sheet, int lastRow, int progressColumn) {
        if (lastRow < 1) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(
                java.util.Arrays.stream(Progress.values()).map(Progress::label).toArray(String[]::new)),
                new CellRangeAddressList(1, lastRow, progressColumn, progressColumn)));
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
