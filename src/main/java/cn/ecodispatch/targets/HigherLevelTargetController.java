package cn.ecodispatch.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.security.CurrentUser;
import cn.ecodispatch.security.UnitAccess;

/**
 * The higher level's figures for the 达到上级考核要求 indicators: everyone signed in reads them, the office records
 * them.
 */
@RestController
@RequestMapping("/api/catalog/indicators")
class HigherLevelTargetController {

    /** A figure ({@code comparator}, {@code value}) or a verdict ({@code verdict}: MET, MISSED). */
    record FigureView(String comparator, BigDecimal value, String unit, String verdict, String targetLabel,
            String source, LocalDate announcedOn, String recordedBy, OffsetDateTime recordedAt) {
        static FigureView of(HigherLevelTarget f) {
            return new FigureView(f.getComparator() == null ? null : f.getComparator().symbol(), f.getTargetValue(),
                    f.getMeasureUnit(), f.getVerdict() == null ? null : f.getVerdict().name(), f.figureLabel(),
                    f.getSourceDocument(), f.getAnnouncedOn(), f.getRecordedBy(), f.getRecordedAt());
        }
    }

    /** {@code current} is the latest figure, null until one is recorded; {@code history} holds all, latest first. */
    record HigherLevelIndicatorView(String code, String name, String sourceText, LocalDate deadline,
            String deadlineText, FigureView current, List<FigureView> history) {
        static HigherLevelIndicatorView of(HigherLevelTargets.Entry entry) {
            Indicator i = entry.indicator();
            List<FigureView> history = entry.figures().stream().map(FigureView::of).toList();
            return new HigherLevelIndicatorView(i.getCode(), i.getName(), i.getSourceText(), i.getDeadline(),
                    i.getDeadlineText(), history.isEmpty() ? null : history.get(0), history);
        }
    }

    private final HigherLevelTargets targets;
    private final UnitAccess access;

    HigherLevelTargetController(HigherLevelTargets targets, UnitAccess access) {
        this.targets = targets;
        this.access = access;
    }

    @GetMapping("/higher-level")
    List<HigherLevelIndicatorView> higherLevel() {
        return targets.all().stream().map(HigherLevelIndicatorView::of).toList();
    }

    @PutMapping("/{code}/higher-level-target")
    HigherLevelIndicatorView record(@PathVariable String code, @RequestBody HigherLevelTargetRequest request) {
        access.checkIsOffice("录入上级考核目标");
        return HigherLevelIndicatorView.of(targets.record(code, request, CurrentUser.get().userId()));
    }
}
