package cn.ecodispatch.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Names a task by whose it is and which month, so that Tasklist's list tells thirty reviews apart and its search
 * finds a unit by name: 「创建办审核｜西张村镇 · 2027年1月」. The step's own name from the diagram comes first.
 */
public final class TaskTitles {

    /** Task variables of a unit's task, shown on its card and selected by the office's filters. */
    public static final String UNIT_NAME = "unitName";
    public static final String UNIT_KIND = "unitKind";
    public static final String PERIOD_LABEL = "periodLabel";

    private TaskTitles() {
    }

    public static void name(DelegateTask task, String... about) {
        task.setName(task.getName() + "｜" + String.join(" · ", about));
    }

    /** A unit's task: named by unit and month, which (with the unit's kind in the district's words: 乡镇, 区直部门) it also carries. */
    public static void nameForUnit(DelegateTask task, String unitName, String unitKindLabel, String periodLabel) {
        name(task, unitName, periodLabel);
        task.setVariableLocal(UNIT_NAME, unitName);
        task.setVariableLocal(UNIT_KIND, unitKindLabel);
        task.setVariableLocal(PERIOD_LABEL, periodLabel);
    }
}
