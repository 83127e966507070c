package cn.ecodispatch.dispatch;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.security.TaskGuard;
import cn.ecodispatch.shared.FormValues;

/** Task_Consult (会商研判), on complete: records the decisions in the same transaction as the completion. */
@Component("consultationListener")
class ConsultationListener implements TaskListener {

    private final DispatchService dispatch;
    private final ConsultationService consultations;
    private final TaskGuard guard;

    ConsultationListener(DispatchService dispatch, ConsultationService consultations, TaskGuard guard) {
        this.dispatch = dispatch;
        this.consultations = consultations;
        this.guard = guard;
    }

    @Override
    public void notify(DelegateTask task) {
        DispatchCycle cycle = dispatch.cycle((Long) task.getVariable(MonthlyDispatchProcess.Variables.CYCLE_ID));
        guard.checkCompletion(task, cycle.getProcessInstanceId(), null);
        consultations.record(cycle, new ConsultationService.Decisions(
                FormValues.requiredText(task, "problemsList", "确认问题清单", 4000),
                codes(FormValues.json(task, "commendedUnits")),
                codes(FormValues.json(task, "criticizedUnits")),
                codes(FormValues.json(task, "inspectionUnits")),
                FormValues.optionalText(task, "remarks", "会商意见", 2000)), FormValues.currentUser(task));
        FormValues.discard(task, "problemsList", "commendedUnits", "criticizedUnits", "inspectionUnits", "remarks");
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
