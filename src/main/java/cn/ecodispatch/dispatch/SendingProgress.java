package cn.ecodispatch.dispatch;

/**
 * How far a month's reports have gone out while its batches run: reports opened, of units to report.
 *
 * @param sent  reports opened so far
 * @param units units the month's reports go to
 */
public record SendingProgress(long sent, long units) {

    public boolean done() {
        return sent >= units;
    }

    /** What the office reads: 已下发 3200 / 10000 个单位. */
    public String label() {
        return "已下发 " + sent + " / " + units + " 个单位";
    }
}
