package cn.ecodispatch.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The shape of a plan's data files under {@code catalog/<plan-code>/}. Field names are the YAML keys;
 * an unknown key fails the load, so a typo in a data file is caught at start.
 */
public final class CatalogData {

    private CatalogData() {
    }

    public record PlanFile(String code, DistrictWords district, int year, String title, String documentNumber,
            String issuer, String timeZone, String campaignOffice, String bulletinNumberPrefix,
            String reminderLetterNumberPrefix, String rectificationNoticeNumberPrefix,
            String accountabilityDecisionNumberPrefix, List<Category> categories) {
    }

    public record Category(int number, String title) {
    }

    public record UnitsFile(List<UnitEntry> units, List<GroupEntry> groups) {
    }

    public record UnitEntry(String code, String name, UnitKind kind, String townKind, List<String> aliases) {
        public List<String> aliasesOrEmpty() {
            return aliases == null ? List.of() : aliases;
        }
    }

    /** A phrase such as 各乡镇人民政府 that stands for several units and is never a unit itself. */
    public record GroupEntry(String name, List<String> aliases, List<String> members, String note) {
        public List<String> aliasesOrEmpty() {
            return aliases == null ? List.of() : aliases;
        }
    }

    public record KeyTasksFile(List<KeyTaskEntry> keyTasks) {
    }

    public record KeyTaskEntry(int number, int category, String title, String text, List<String> leadUnits,
            List<String> participantUnits) {
    }

    public record TownshipItemsFile(String title, List<ItemEntry> items) {
    }

    public record DepartmentItemsFile(List<DepartmentList> lists) {
    }

    public record DepartmentList(String unit, String title, List<ItemEntry> items) {
    }

    public record ItemEntry(int number, String task, String requirement) {
    }

    public record IndicatorsFile(List<IndicatorEntry> indicators) {
    }

    public record IndicatorEntry(String code, String name, String comparator, BigDecimal target, String unit,
            LocalDate deadline, String deadlineText, Boolean higherLevelTarget, Source source, String sourceText,
            List<String> responsibleUnits, String sameAs) {
        public boolean isHigherLevelTarget() {
            return Boolean.TRUE.equals(higherLevelTarget);
        }
    }

    /** Exactly one of: a key task number, an Annex 1 item number, or an Annex 2 list (unit) and item number. */
    public record Source(Integer keyTask, Integer townshipItem, String department, Integer item) {
    }
}
