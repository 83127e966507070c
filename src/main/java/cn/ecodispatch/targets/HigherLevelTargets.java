package cn.ecodispatch.targets;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.InvalidInputException;

/** The figures the office records for the plan's 达到上级考核要求 indicators. */
@Service
@Transactional
public class HigherLevelTargets {

    /** An indicator waiting for the higher level's figure, with every figure recorded, the latest first. */
    public record Entry(Indicator indicator, List<HigherLevelTarget> figures) {
    }

    private final HigherLevelTargetRepository figures;
    private final CatalogService catalog;
    private final Clock clock;

    HigherLevelTargets(HigherLevelTargetRepository figures, CatalogService catalog, Clock clock) {
        this.figures = figures;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Entry> all() {
        return catalog.indicators().stream().filter(Indicator::isHigherLevelTarget).map(this::entryOf).toList();
    }

    /** Records a newly announced figure; earlier ones stay on record and keep applying to the months before it. */
    Entry record(String code, HigherLevelTargetRequest request, String user) {
        Indicator indicator = catalog.indicator(code);
        if (!indicator.isHigherLevelTarget()) {
            throw new InvalidInputException("code", "指标“" + indicator.getName() + "”的目标由方案确定，无需录入上级目标");
        }
        HigherLevelTargetRequest.Figure figure = request.checked(clock.now().toLocalDate());
        if (figure.verdict() == null) {
            checkUnitOfSameMeasure(indicator, figure.unit());
        }
        figures.save(new HigherLevelTarget(indicator, figure, user, clock.now()));
        return entryOf(indicator);
    }

    /** A value reported once for a quantity is judged against every target of it: all in the same unit. */
    private void checkUnitOfSameMeasure(Indicator indicator, String unit) {
        catalog.sameMeasureAs(indicator).stream()
                .filter(i -> i.getMeasureUnit() != null && !i.getMeasureUnit().equals(unit)).findFirst()
                .ifPresent(i -> {
                    throw new InvalidInputException("unit", "指标“" + indicator.getName() + "”与指标 " + i.getCode()
                            + " 为同一计量，计量单位（unit）应为“" + i.getMeasureUnit() + "”");
                });
    }

    private Entry entryOf(Indicator indicator) {
        return new Entry(indicator, figures.findByIndicatorOrderByAnnouncedOnDescRecordedAtDesc(indicator));
    }
}
