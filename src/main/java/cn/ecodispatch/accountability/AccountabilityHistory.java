package cn.ecodispatch.accountability;

import java.util.ArrayList;
import java.util.List;

import cn.ecodispatch.history.HistoryEntry;

/** A case's life as Tasklist's 历史 tab tells it: the office's proposal and the organisation department's decision. */
final class AccountabilityHistory {

    private AccountabilityHistory() {
    }

    static List<HistoryEntry> of(AccountabilityCase accountabilityCase) {
        List<HistoryEntry> entries = new ArrayList<>();
        if (accountabilityCase.getProposedAt() != null) {
            entries.add(new HistoryEntry(accountabilityCase.getProposedAt(), accountabilityCase.getProposedBy(),
                    "提出问责建议：" + accountabilityCase.getSuggestedMeasure() + "。问题事实："
                            + accountabilityCase.getFacts()));
        }
        if (accountabilityCase.getDecidedAt() != null) {
            entries.add(new HistoryEntry(accountabilityCase.getDecidedAt(), accountabilityCase.getDecidedBy(),
                    "作出问责决定 " + accountabilityCase.getDecisionNumber() + "：" + accountabilityCase.getDecision()
                            + "。理由：" + accountabilityCase.getDecisionReason()));
        }
        return entries;
    }
}
