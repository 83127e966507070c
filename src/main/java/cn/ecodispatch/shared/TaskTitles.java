package cn.ecodispatch.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Names a task by whose it is and which month, so that Tasklist's list tells thirty reviews apart and its search
 * finds a unit by name: 「创建办审核｜西张村镇 · 2027年1月」. The step's own name from the diagram comes first.
 */
public final class TaskTitles {

    /**
     * Variables of a unit's task, shown on its card in Tasklist: variables of its process instance, which is that unit's
     * for that month (before 4 December 2026, variables of each task).
     */
    public static final String UNIT_NAME = "unitName";
    public static final String PERIOD_LABEL = "periodLabel";
    /** The unit's kind, a task variable only of the tasks created before their descriptions named it (December 2026). */
    public static final String UNIT_KIND = "unitKind";

    private TaskTitles() {
    }

    public static void name(DelegateTask task, String... about) {
        task.setName(task.getName() + "｜" + String.join(" · ", about));
    }

    /**
     * A unit's task: named by unit and month, which its process instance carries as variables, and described by the
     * filter of its unit's kind (in the district's words), which selects it by that description:
     * 「乡镇的任务：大营镇 · 2027年1月」. The variables are the instance's, written once, because a variable of the task
     * would make the engine read the new task's variables from the database first: a query per task, a month's
     * opening of 10 000 units and every step of a report included.
     */
    public static void nameForUnit(DelegateTask task, String unitName, String unitKindLabel, String periodLabel) {
        name(task, unitName, periodLabel);
        task.setDescription(describe(unitName, unitKindLabel, periodLabel));
        DelegateExecution instance = task.getExecution().getProcessInstance();
        putOnce(instance, UNIT_NAME, unitName);
        putOnce(instance, PERIOD_LABEL, periodLabel);
    }

    private static void putOnce(DelegateExecution instance, String name, String value) {
        if (!value.equals(instance.getVariableLocal(name))) {
            instance.setVariableLocal(name, value);
        }
    }

    public static String describe(String unitName, String unitKindLabel, String periodLabel) {
        return kindFilterName(unitKindLabel) + "：" + unitName + " · " + periodLabel;
    }

    /** 乡镇的任务, 区直部门的任务: the name of the filter of a kind of unit, with which its tasks' descriptions begin. */
    public static String kindFilterName(String unitKindLabel) {
        return unitKindLabel + "的任务";
    }
}
