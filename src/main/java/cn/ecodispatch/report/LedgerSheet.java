package cn.ecodispatch.report;

import java.util.HashMap;
import java.util.Map;

/** The cells of one worksheet of an uploaded ledger, as read by {@link LedgerSheets}; rows and columns from 0. */
final class LedgerSheet {

    /**
     * One cell: the text Excel shows, and for a number its value as typed (a percentage typed as 95% is stored by
     * Excel as 0.95, and is kept here as the 95 the user meant).
     */
    record Cell(String text, String number) {
    }

    private final String name;
    private final Map<Long, Cell> cells = new HashMap<>();

    LedgerSheet(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void put(int row, int column, Cell cell) {
        cells.put(key(row, column), cell);
    }

    /** The shown text, trimmed; null for an empty or missing cell. */
    String text(int row, int column) {
        Cell cell = cells.get(key(row, column));
        String text = cell == null ? "" : cell.text().trim();
        return text.isEmpty() ? null : text;
    }

    /** The number as typed, or the text of a cell that holds no number; null for an empty or missing cell. */
    String number(int row, int column) {
        Cell cell = cells.get(key(row, column));
        if (cell == null || cell.number() == null) {
            return text(row, column);
        }
        return cell.number();
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
