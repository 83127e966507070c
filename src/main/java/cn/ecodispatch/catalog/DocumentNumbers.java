package cn.ecodispatch.catalog;

import java.util.function.Function;
import java.util.function.IntUnaryOperator;

import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.Clock;

/**
 * Numbers documents the way a district office does: prefix〔year〕n号, n counting the year's documents of one
 * kind across all units, the prefix from the plan's data folder. The caller says how far the year has counted;
 * each kind's table holds its numbers unique per year, so two nodes giving the same number cannot both commit.
 */
@Component
public class DocumentNumbers {

    /** A kind of document and where its prefix is kept in plan.yaml. */
    public enum Kind {
        BULLETIN("bulletinNumberPrefix", "通报", Plan::getBulletinNumberPrefix),
        REMINDER_LETTER("reminderLetterNumberPrefix", "提示函", Plan::getReminderLetterNumberPrefix),
        RECTIFICATION_NOTICE("rectificationNoticeNumberPrefix", "整改通知", Plan::getRectificationNoticeNumberPrefix),
        ACCOUNTABILITY_DECISION("accountabilityDecisionNumberPrefix", "问责决定",
                Plan::getAccountabilityDecisionNumberPrefix);

        private final String planField;
        private final String label;
        private final Function<Plan, String> prefix;

        Kind(String planField, String label, Function<Plan, String> prefix) {
            this.planField = planField;
            this.label = label;
            this.prefix = prefix;
        }
    }

    /** A document's number: its year, its place in the year's sequence and the whole number as written. */
    public record DocumentNumber(int year, int numberInYear, String text) {
    }

    private final CatalogService catalog;
    private final Clock clock;

    DocumentNumbers(CatalogService catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** @param lastNumberOfYear the highest number of this kind given in a year, 0 before the first */
    public DocumentNumber next(Kind kind, IntUnaryOperator lastNumberOfYear) {
        String prefix = kind.prefix.apply(catalog.currentPlan());
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalStateException(
                    "方案数据 plan.yaml 中缺少 " + kind.planField + "（" + kind.label + "文号前缀）");
        }
        int year = clock.now().getYear();
        int number = lastNumberOfYear.applyAsInt(year) + 1;
        return new DocumentNumber(year, number, prefix + "〔" + year + "〕" + number + "号");
    }
}
