package cn.ecodispatch.accountability;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the case a task of {@code accountability} is about. */
@Component
class AccountabilityTaskContext {

    private final AccountabilityService accountability;

    AccountabilityTaskContext(AccountabilityService accountability) {
        this.accountability = accountability;
    }

    AccountabilityCase caseOf(VariableScope scope) {
        return accountability.accountabilityCase((Long) scope.getVariable(AccountabilityProcess.Variables.CASE_ID));
    }
}
