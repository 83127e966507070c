package cn.ecodispatch.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.TaskTitles;

/** Task_Consult (会商研判), on create: shows the month's results and prefills the proposals. */
@Component("consultationFormListener")
class ConsultationFormListener implements TaskListener {

    private final DispatchService dispatch;
    private final MonthlyResults results;
    private final CatalogService catalog;

    ConsultationFormListener(DispatchService dispatch, MonthlyResults results, CatalogService catalog) {
        this.dispatch = dispatch;
        this.results = results;
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        DispatchCycle cycle = dispatch.cycle(MonthlyDispatchProcess.Variables.CYCLE_ID.from(task));
        MonthlyResults.Proposal proposal = results.proposal(cycle);
        TaskTitles.name(task, cycle.getPeriod().label());
        Map<String, Object> variables = new HashMap<>();
        variables.put("periodLabel", cycle.getPeriod().label());
        variables.put("resultsSummary", proposal.summary());
        variables.put(MonthlyDispatchProcess.Fields.PROBLEMS_LIST.name(), proposal.problems());
        variables.put("unitOptions", FormValues.jsonVariable(catalog.reportingUnits().stream()
                .map(u -> Map.of("label", u.getName(), "value", u.getCode())).toList()));
        variables.put(MonthlyDispatchProcess.Fields.COMMENDED_UNITS.name(), FormValues.jsonVariable(codes(proposal.commend())));
        variables.put(MonthlyDispatchProcess.Fields.CRITICIZED_UNITS.name(), FormValues.jsonVariable(codes(proposal.criticize())));
        variables.put(MonthlyDispatchProcess.Fields.INSPECTION_UNITS.name(), FormValues.jsonVariable(codes(proposal.inspect())));
        FormValues.showOnTask(task, variables);
    }

    private static List<String> codes(List<Unit> units) {
        return units.stream().map(Unit::getCode).toList();
    }
}
