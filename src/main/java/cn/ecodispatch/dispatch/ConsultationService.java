package cn.ecodispatch.dispatch;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.InvalidInputException;

/** Records the director's consultation: confirmed problems, units named in the bulletin, inspections ordered. */
@Service
@Transactional
public class ConsultationService {

    /** The consultation form as submitted, unit codes still to be checked. */
    public record Decisions(String problems, List<String> commended, List<String> criticized, List<String> inspected,
            String remarks) {
    }

    private final ConsultationRepository consultations;
    private final InspectionRepository inspections;
    private final CatalogService catalog;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, InspectionRepository inspections, CatalogService catalog,
            Clock clock) {
        this.consultations = consultations;
        this.inspections = inspections;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Consultation record(DispatchCycle cycle, Decisions decisions, String director) {
        List<Unit> commended = units(decisions.commended(), MonthlyDispatchProcess.Fields.COMMENDED_UNITS.name());
        List<Unit> criticized = units(decisions.criticized(), MonthlyDispatchProcess.Fields.CRITICIZED_UNITS.name());
        commended.stream().filter(criticized::contains).findFirst().ifPresent(u -> {
            throw new InvalidInputException(MonthlyDispatchProcess.Fields.CRITICIZED_UNITS.name(), u.getName() + "不能同时列入通报表扬和通报批评");
        });
        Consultation consultation = new Consultation(cycle, decisions.problems(), decisions.remarks(), director,
                clock.now());
        consultation.mention(commended, Consultation.MentionKind.COMMEND);
        consultation.mention(criticized, Consultation.MentionKind.CRITICIZE);
        units(decisions.inspected(), MonthlyDispatchProcess.Fields.INSPECTION_UNITS.name())
                .forEach(u -> inspections.save(new Inspection(cycle, u, director, clock.now())));
        return consultations.save(consultation);
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> consultationOf(DispatchCycle cycle) {
        return consultations.findByCycle(cycle);
    }

    @Transactional(readOnly = true)
    public List<Unit> inspectedIn(DispatchCycle cycle) {
        return inspections.findByCycleOrderById(cycle).stream().map(Inspection::getUnit).toList();
    }

    private List<Unit> units(List<String> codes, String field) {
        List<Unit> reporting = catalog.reportingUnits();
        return codes.stream().distinct().map(code -> reporting.stream().filter(u -> u.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "不是本月报送单位：" + code))).toList();
    }
}
