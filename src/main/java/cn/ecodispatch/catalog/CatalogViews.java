package cn.ecodispatch.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the catalogue read API. */
final class CatalogViews {

    private CatalogViews() {
    }

    record UnitRef(String code, String name) {
        static UnitRef of(Unit unit) {
            return new UnitRef(unit.getCode(), unit.getName());
        }

        static List<UnitRef> of(List<Unit> units) {
            return units.stream().map(UnitRef::of).toList();
        }
    }

    record UnitView(String code, String name, UnitKind kind, String kindLabel, String townKind, List<String> aliases) {
        static UnitView of(Unit unit, DistrictWords words) {
            return new UnitView(unit.getCode(), unit.getName(), unit.getKind(), words.kindLabel(unit.getKind()),
                    unit.getTownKind(), unit.getAliases());
        }
    }

    record KeyTaskView(int number, int category, String categoryHeading, String title, String text,
            String leadText, String participantText, List<UnitRef> leadUnits, List<UnitRef> participantUnits) {
        static KeyTaskView of(KeyTask task, Plan plan) {
            String heading = plan.getCategories().stream().filter(c -> c.getNumber() == task.getCategoryNumber())
                    .map(PlanCategory::getHeading).findFirst().orElse("");
            return new KeyTaskView(task.getNumber(), task.getCategoryNumber(), heading, task.getTitle(), task.getText(),
                    task.getLeadText(), task.getParticipantText(), UnitRef.of(task.unitsIn(KeyTaskRole.LEAD)),
                    UnitRef.of(task.unitsIn(KeyTaskRole.PARTICIPANT)));
        }
    }

    record WorkItemView(long id, ListKind list, String listLabel, UnitRef owner, int number, String task,
            String requirement) {
        static WorkItemView of(WorkItem item) {
            return new WorkItemView(item.getId(), item.getListKind(), item.getListKind().label(),
                    item.getOwner() == null ? null : UnitRef.of(item.getOwner()), item.getNumber(), item.getTask(),
                    item.getRequirement());
        }
    }

    record SourceView(String kind, Integer keyTask, String list, Integer item, String text) {
        static SourceView of(Indicator indicator) {
            if (indicator.getSourceKeyTask() != null) {
                return new SourceView("KEY_TASK", indicator.getSourceKeyTask().getNumber(), null, null,
                        indicator.getSourceText());
            }
            WorkItem item = indicator.getSourceWorkItem();
            return new SourceView(item.getListKind().name(), null, item.getListKey(), item.getNumber(),
                    indicator.getSourceText());
        }
    }

    record IndicatorView(long id, String code, String name, String comparator, BigDecimal target, String unit,
            String targetLabel, LocalDate deadline, String deadlineText, boolean higherLevelTarget, SourceView source,
            List<UnitRef> responsibleUnits, String sameAs) {
        static IndicatorView of(Indicator i) {
            String label = i.isHigherLevelTarget() ? "达到上级考核要求"
                    : i.getComparator().symbol() + i.getTargetValue().stripTrailingZeros().toPlainString()
                            + (i.getMeasureUnit() == null ? "" : i.getMeasureUnit());
            return new IndicatorView(i.getId(), i.getCode(), i.getName(),
                    i.getComparator() == null ? null : i.getComparator().symbol(), i.getTargetValue(),
                    i.getMeasureUnit(), label, i.getDeadline(), i.getDeadlineText(), i.isHigherLevelTarget(),
                    SourceView.of(i), UnitRef.of(i.getResponsibleUnits()),
                    i.getSameAs() == null ? null : i.getSameAs().getCode());
        }
    }

    record UnitItemsView(UnitView unit, List<WorkItemView> workItems, List<KeyTaskRoleView> keyTasks,
            List<IndicatorView> indicators) {
    }

    record KeyTaskRoleView(int number, String title, KeyTaskRole role, String roleLabel) {
    }
}
