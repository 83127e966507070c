package cn.ecodispatch.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The bulletin's figures as an Excel workbook: the ranking, and every unit's figures as numbers. */
@Component
class BulletinWorkbook {

    static final String RANKING_SHEET = "排名";
    static final String FIGURES_SHEET = "各单位情况";
    static final String KEY_TASKS_SHEET = "重点任务";
    static final String INDICATORS_SHEET = "量化指标";
    private static final String[] RANKING_HEADERS = {"排名", "单位", "得分"};
    private static final String[] FIGURE_HEADERS = {"单位", "报送情况", "逾期天数", "退回次数", "下发整改", "已销号", "逾期整改",
        "提示函", "问责审定", "通报表扬", "通报批评", "现场检查", "得分"};

    byte[] write(Bulletin bulletin) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<UnitFigures> units = bulletin.getUnits();
            Sheet ranking = sheet(workbook, RANKING_SHEET, BulletinFiles.title(bulletin), RANKING_HEADERS);
            Sheet figures = sheet(workbook, FIGURES_SHEET, BulletinFiles.title(bulletin), FIGURE_HEADERS);
            for (int i = 0; i < units.size(); i++) {
                UnitFigures f = units.get(i);
                Row rank = ranking.createRow(i + 2);
                rank.createCell(0).setCellValue(f.getRank());
                rank.createCell(1).setCellValue(f.getUnitName());
                rank.createCell(2).setCellValue(f.getScore());
                Row row = figures.createRow(i + 2);
                row.createCell(0).setCellValue(f.getUnitName());
                row.createCell(1).setCellValue(f.getTimeliness().label());
                int[] numbers = {f.getDaysLate(), f.getReturnCount(), f.getRectificationsOpened(),
                    f.getRectificationsClosed(), f.getRectificationsOverdue(), f.getReminderLetters(),
                    f.getAccountabilityDecisions()};
                for (int n = 0; n < numbers.length; n++) {
                    row.createCell(2 + n).setCellValue(numbers[n]);
                }
                row.createCell(9).setCellValue(f.isCommended() ? "是" : "");
                row.createCell(10).setCellValue(f.isCriticized() ? "是" : "");
                row.createCell(11).setCellValue(f.isInspected() ? "是" : "");
                row.createCell(12).setCellValue(f.getScore());
            }
            textSheet(workbook, KEY_TASKS_SHEET, bulletin, BulletinFiles.KEY_TASK_HEADERS,
                    bulletin.getKeyTasks().stream().map(BulletinFiles::row).toList());
            indicatorSheet(workbook, bulletin);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void textSheet(XSSFWorkbook workbook, String name, Bulletin bulletin, String[] headers,
            List<String[]> rows) {
        Sheet sheet = sheet(workbook, name, BulletinFiles.title(bulletin), headers);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 2);
            for (int c = 0; c < headers.length; c++) {
                row.createCell(c).setCellValue(rows.get(r)[c]);
            }
        }
    }

    /** The verdict counts as numbers, so that the office can sum and chart them. */
    private static void indicatorSheet(XSSFWorkbook workbook, Bulletin bulletin) {
        Sheet sheet = sheet(workbook, INDICATORS_SHEET, BulletinFiles.title(bulletin), BulletinFiles.INDICATOR_HEADERS);
        List<IndicatorFigures> indicators = bulletin.getIndicators();
        for (int r = 0; r < indicators.size(); r++) {
            IndicatorFigures i = indicators.get(r);
            Row row = sheet.createRow(r + 2);
            row.createCell(0).setCellValue(i.getName());
            row.createCell(1).setCellValue(i.getTarget());
            int[] counts = {i.getMet(), i.getOnCourse(), i.getBehind(), i.getMissed(), i.getNotJudged()};
            for (int c = 0; c < counts.length; c++) {
                row.createCell(2 + c).setCellValue(counts[c]);
            }
            row.createCell(7).setCellValue(i.getOffTrackUnits());
        }
    }

    /** A sheet headed by the bulletin's title (row 1) and the column names (row 2). */
    private static Sheet sheet(XSSFWorkbook workbook, String name, String title, String[] headers) {
        Sheet sheet = workbook.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(1);
        for (int c = 0; c < headers.length; c++) {
            header.createCell(c).setCellValue(headers[c]);
        }
        int unitColumn = Arrays.asList(headers).indexOf("单位");
        if (unitColumn >= 0) {
            sheet.setColumnWidth(unitColumn, 24 * 256);
        }
        return sheet;
    }
}
