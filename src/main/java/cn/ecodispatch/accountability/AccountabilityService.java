package cn.ecodispatch.accountability;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.DocumentNumbers;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.NotFoundException;
import cn.ecodispatch.shared.ProcessVariable;
import cn.ecodispatch.shared.SystemActions;

/** Accountability cases: opened by a supervision measure, proposed by the office, decided by the org department. */
@Service
@Transactional
public class AccountabilityService {

    /** The measures the organisation department decides between. */
    public static final List<String> MEASURES = List.of("约谈", "通报批评", "诫勉谈话", "不予问责");

    private final AccountabilityCaseRepository cases;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final DocumentNumbers numbers;

    AccountabilityService(AccountabilityCaseRepository cases, RuntimeService runtimeService, Clock clock,
            DocumentNumbers numbers) {
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.numbers = numbers;
    }

    /** Opens a case and starts its process; the office then drafts the proposal. */
    public AccountabilityCase open(Unit unit, DispatchCycle cycle, Rectification rectification, String trigger) {
        AccountabilityCase accountabilityCase = cases.save(new AccountabilityCase(unit, cycle, rectification, trigger,
                clock.now()));
        accountabilityCase.attachProcess(SystemActions.call(() -> runtimeService.startProcessInstanceByKey(
                AccountabilityProcess.KEY, String.valueOf(accountabilityCase.getId()), ProcessVariable.values(
                        AccountabilityProcess.Variables.CASE_ID.with(accountabilityCase.getId()),
                        AccountabilityProcess.Variables.UNIT_CODE.with(unit.getCode())))).getId());
        return accountabilityCase;
    }

    @Transactional(readOnly = true)
    public AccountabilityCase accountabilityCase(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("问责事项不存在：" + id));
    }

    public void propose(AccountabilityCase accountabilityCase, String facts, String measure, String user) {
        accountabilityCase.propose(facts, checkedMeasure(measure, "suggestedMeasure"), user, clock.now());
    }

    /** Records the decision under the year's next number (陕组问〔2044〕1号). */
    public void decide(AccountabilityCase accountabilityCase, String decision, String reason, String user) {
        String measure = checkedMeasure(decision, "decision");
        accountabilityCase.decide(numbers.next(DocumentNumbers.Kind.ACCOUNTABILITY_DECISION, cases::lastNumberOf),
                measure, reason, user, clock.now());
    }

    public void acknowledge(AccountabilityCase accountabilityCase, String user) {
        accountabilityCase.acknowledge(user, clock.now());
    }

    /** The unit's record: every case against it, decided or not. */
    @Transactional(readOnly = true)
    public List<AccountabilityCase> recordOf(Unit unit) {
        return cases.findByUnitOrderById(unit);
    }

    /** The cases opened in a month, in the order they were opened. */
    @Transactional(readOnly = true)
    public List<AccountabilityCase> casesOf(DispatchCycle cycle) {
        return cases.findByCycleOrderById(cycle);
    }

    private static String checkedMeasure(String measure, String field) {
        if (!MEASURES.contains(measure)) {
            throw new InvalidInputException(field, "问责措施应为 " + String.join("、", MEASURES) + " 之一");
        }
        return measure;
    }
}
