package cn.ecodispatch.standings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.report.Progress;

/**
 * How a key task stands in a month: what each reporting lead unit said of it in its latest submitted report, and
 * how many participating units reported their contribution.
 */
public record KeyTaskStanding(KeyTask keyTask, List<LeadReport> leads, int participantsReported, int participants) {

    public static final String NOT_REPORTED = "牵头单位未报";
    public static final String NO_REPORTING_LEAD = "牵头单位不报送";

    /** A lead unit's word on the task; no progress while its report of the month is not submitted. */
    public record LeadReport(Unit unit, Progress progress, String problems) {
    }

    /**
     * The task's progress as its leads report it: 滞后 if any lead says so, 已完成 when all have finished, 未启动 when
     * none has started, otherwise 推进中; empty when no lead has reported (or no lead reports at all).
     */
    public Optional<Progress> overall() {
        List<Progress> reported = leads.stream().map(LeadReport::progress).filter(Objects::nonNull).toList();
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        if (reported.contains(Progress.DELAYED)) {
            return Optional.of(Progress.DELAYED);
        }
        if (reported.size() == leads.size() && reported.stream().allMatch(p -> p == Progress.DONE)) {
            return Optional.of(Progress.DONE);
        }
        if (reported.stream().allMatch(p -> p == Progress.NOT_STARTED)) {
            return Optional.of(Progress.NOT_STARTED);
        }
        return Optional.of(Progress.IN_PROGRESS);
    }

    /** The overall progress as shown: its label, or why there is none. */
    public String overallLabel() {
        if (leads.isEmpty()) {
            return NO_REPORTING_LEAD;
        }
        return overall().map(Progress::label).orElse(NOT_REPORTED);
    }

    /** The lead units' problems, each with the unit's name where several lead. */
    public String problems() {
        return String.join("；", leads.stream().filter(l -> l.problems() != null && !l.problems().isBlank())
                .map(l -> leads.size() > 1 ? l.unit().getName() + "：" + l.problems().strip() : l.problems().strip())
                .toList());
    }
}
