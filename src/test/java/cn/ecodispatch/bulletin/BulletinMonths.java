package cn.ecodispatch.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess;

/** Months brought to their bulletin, and bulletins taken through editing and approval, as the people do it. */
@Component
public class BulletinMonths {

    @Autowired
    MonthScenario month;
    @Autowired
    BulletinService bulletins;

    /** Runs the month's consultation (commending and criticising the given units) and compiles its bulletin. */
    public Bulletin consultAndCompile(DispatchCycle cycle, List<String> commended, List<String> criticized) {
        return consultAndCompile(cycle, commended, criticized, "部分单位未按时报送。");
    }

    /** As above, with the problems the director confirms. */
    Bulletin consultAndCompile(DispatchCycle cycle, List<String> commended, List<String> criticized,
            String problems) {
        ProcessInstance monthInstance = instance(cycle.getProcessInstanceId());
        month.complete("director", month.taskOf(monthInstance, MonthlyDispatchProcess.Elements.TASK_CONSULT), Map.of(
                "problemsList", problems,
                "commendedUnits", MonthScenario.jsonValue(commended),
                "criticizedUnits", MonthScenario.jsonValue(criticized),
                "inspectionUnits", MonthScenario.jsonValue(List.of())));
        month.runDueJobs();
        List<Bulletin> compiled = bulletins.ofCycle(cycle);
        assertThat(compiled).as("本月通报稿").hasSize(1);
        return compiled.get(0);
    }

    /** A month in which nobody reports: it closes on the 21st and goes straight to its bulletin. */
    Bulletin silentMonth(String period) {
        month.clockAt(period + "-02T09:00");
        DispatchCycle cycle = month.startMonth(period);
        month.clockAt(period + "-21T08:00");
        month.runDueJobs();
        return consultAndCompile(cycle, List.of(), List.of());
    }

    /** The office keeps the draft, the director approves: the bulletin is published. */
    Bulletin published(Bulletin draft) {
        ProcessInstance instance = instance(draft.getProcessInstanceId());
        Task edit = month.taskOf(instance, BulletinProcess.Elements.TASK_EDIT);
        month.complete("office1", edit, Map.of("bodyText", draft.getBody()));
        month.complete("director", month.taskOf(instance, BulletinProcess.Elements.TASK_APPROVE),
                Map.of("approvalDecision", "APPROVED"));
        return bulletins.bulletin(draft.getId());
    }

    ProcessInstance instance(String id) {
        return month.runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }
}
