package cn.ecodispatch.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.ecodispatch.history.HistoryEntry;
import cn.ecodispatch.report.ReportDecision.Outcome;

/** A report's life as Tasklist's 历史 tab tells it: every version submitted and every decision taken on one. */
@Component
public class ReportHistory {

    private final ReportService reports;
    private final ReportDecisions decisions;

    ReportHistory(ReportService reports, ReportDecisions decisions) {
        this.reports = reports;
        this.decisions = decisions;
    }

    public List<HistoryEntry> of(UnitReport report) {
        List<HistoryEntry> entries = new ArrayList<>();
        if (!report.wasEverSubmitted()) {
            return entries; // a report just opened: asked for every unit of a month as it opens
        }
        reports.versions(report).stream().filter(v -> v.getState() == ReportVersion.State.SUBMITTED)
                .forEach(v -> entries.add(new HistoryEntry(v.getSubmittedAt(), v.getSubmittedBy(),
                        "提交" + report.getCycle().getPeriod().label() + "月度报送第" + v.getVersionNo() + "版")));
        decisions.of(report).forEach(d -> entries.add(
                new HistoryEntry(d.getDecidedAt(), d.getDecidedBy(), describe(d))));
        return entries;
    }

    private static String describe(ReportDecision decision) {
        String text = decision.getStage().label() + "：" + decision.getOutcome().label() + "（第"
                + decision.getVersion().getVersionNo() + "版）";
        if (decision.getReason() == null || decision.getReason().isBlank()) {
            return text;
        }
        return text + "。" + (decision.getOutcome() == Outcome.RETURNED ? "退回原因：" : "意见：") + decision.getReason();
    }
}
