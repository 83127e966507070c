package cn.ecodispatch.rectification;

import java.util.ArrayList;
import java.util.List;

import cn.ecodispatch.history.HistoryEntry;
import cn.ecodispatch.report.ReportLabels;

/** A rectification's life as Tasklist's 历史 tab tells it: the notice, each report by the unit, each verification. */
final class RectificationHistory {

    private RectificationHistory() {
    }

    static List<HistoryEntry> of(Rectification rectification) {
        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(new HistoryEntry(rectification.getIssuedAt(), rectification.getIssuedBy(),
                "下发整改通知" + (rectification.getNoticeNumber() == null ? "" : " " + rectification.getNoticeNumber())
                        + "：" + rectification.getProblem() + "。整改要求：" + rectification.getRequirement()
                        + "。整改期限：" + ReportLabels.day(rectification.getDeadline())));
        for (RectificationRound round : rectification.getRounds()) {
            entries.add(new HistoryEntry(round.getReportedAt(), round.getReportedBy(),
                    "报告整改情况（第" + round.getRoundNo() + "轮）：" + round.getActionTaken()));
            if (round.getVerifiedAt() != null) {
                String opinion = round.getOpinion() == null || round.getOpinion().isBlank() ? ""
                        : "。核验意见：" + round.getOpinion();
                entries.add(new HistoryEntry(round.getVerifiedAt(), round.getVerifiedBy(),
                        "核验整改：" + round.getVerdictLabel() + "（第" + round.getRoundNo() + "轮）" + opinion));
            }
        }
        return entries;
    }
}
