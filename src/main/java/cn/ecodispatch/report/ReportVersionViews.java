package cn.ecodispatch.report;

import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.shared.Labelled;
import cn.ecodispatch.targets.Verdict;

/** Reads one report version with its indicator verdicts and the decisions recorded on it. */
@Component
class ReportVersionViews {

    private final IndicatorVerdicts verdicts;
    private final ReportDecisions decisions;
    private final DisplayNames names;

    ReportVersionViews(IndicatorVerdicts verdicts, ReportDecisions decisions, DisplayNames names) {
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.names = names;
    }

    @Transactional(readOnly = true)
    ReportVersionView of(ReportVersion version) {
        UnitReport report = version.getReport();
        Map<IndicatorValue, Verdict> verdictOf = verdicts.of(version);
        boolean draft = version.getState() == ReportVersion.State.DRAFT;
        return new ReportVersionView(report.getId(), report.getUnit().getName(),
                report.getCycle().getPeriod().toString(), report.getCycle().getPeriod().label(),
                version.getVersionNo(), draft, draft ? "草稿" : "已提交", version.getSubmittedBy(),
                names.of(version.getSubmittedBy()), version.getSubmittedAt(),
                version.getItems().stream().map(e -> new ReportVersionView.ItemLine(ReportLabels.item(e.getWorkItem()),
                        label(e.getProgress()), e.getWorkDone(), e.getProblems())).toList(),
                version.getKeyTasks().stream().map(e -> new ReportVersionView.KeyTaskLine(
                        ReportLabels.keyTask(e.getKeyTask()), e.getRole().label(), label(e.getProgress()),
                        e.getWorkDone(), e.getProblems())).toList(),
                MeasureRow.asReported(version.getIndicatorValues()).stream().map(m -> new ReportVersionView.IndicatorLine(
                        m.name(), m.targets(), m.value(), m.measureUnit(), m.verdictLabel(verdictOf))).toList(),
                version.getSummary(), version.getDifficulties(), version.getNextMonthPlan(),
                decisions.of(report).stream()
                        .filter(d -> Objects.equals(d.getVersion().getId(), version.getId()))
                        .map(d -> DecisionView.of(d, names)).toList());
    }

    private static String label(Labelled value) {
        return value == null ? null : value.label();
    }
}
