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
        DispatchCycle cycle = dispatch.cycle(MonthlyDispatchProcess.Variables.CYCLE_ID.from(task));
        guard.checkCompletion(task, cycle.getProcessInstanceId(), null);
        consultations.record(cycle, new ConsultationService.Decisions(
                FormValues.requiredText(task, MonthlyDispatchProcess.Fields.PROBLEMS_LIST),
                codes(FormValues.json(task, MonthlyDispatchProcess.Fields.COMMENDED_UNITS)),
                codes(FormValues.json(task, MonthlyDispatchProcess.Fields.CRITICIZED_UNITS)),
                codes(FormValues.json(task, MonthlyDispatchProcess.Fields.INSPECTION_UNITS)),
                FormValues.optionalText(task, MonthlyDispatchProcess.Fields.REMARKS)), FormValues.currentUser(task));
        FormValues.discard(task, MonthlyDispatchProcess.Fields.PROBLEMS_LIST, MonthlyDispatchProcess.Fields.COMMENDED_UNITS, MonthlyDispatchProcess.Fields.CRITICIZED_UNITS,
                MonthlyDispatchProcess.Fields.INSPECTION_UNITS, MonthlyDispatchProcess.Fields.REMARKS);
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
