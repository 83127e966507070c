package cn.ecodispatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.UnitMonthlyReportProcess;

/**
 * What a form shows when it is opened: the fields asked for, built from the record; and a task no feature builds a
 * form for (one an administrator creates by hand in Tasklist) still opens with its own variables.
 */
@EcoDispatchTest
class FormsBuiltOnOpeningTest {

    @Autowired
    MonthScenario month;

    @Test
    void a_form_opened_for_some_fields_shows_those_built_from_the_record_and_no_others() {
        month.clockAt("2052-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2052-01");
        Task task = month.taskOf(month.reportInstance(cycle, "daying"), UnitMonthlyReportProcess.Elements.TASK_SUBMIT);

        VariableMap opened = month.formService.getTaskFormVariables(task.getId(), List.of("dueLabel", "summary"), false);

        assertThat(opened.keySet()).containsExactlyInAnyOrder("dueLabel", "summary");
        assertThat(opened.get("dueLabel")).isEqualTo("2052年1月5日");
    }

    @Test
    void a_task_created_by_hand_opens_with_its_own_variables() {
        Task handMade = month.taskService.newTask();
        handMade.setName("临时事项");
        month.taskService.saveTask(handMade);
        month.taskService.setVariableLocal(handMade.getId(), "note", "请于本周内完成");
        try {
            assertThat(month.formService.getTaskFormVariables(handMade.getId()).get("note")).isEqualTo("请于本周内完成");
        } finally {
            month.taskService.deleteTask(handMade.getId(), true);
        }
    }
}
