package cn.ecodispatch.accountability;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.ecodispatch.security.TaskGuard;

/** Finds the case a task of {@code accountability} is about. */
@Component
class AccountabilityTaskContext {

    private final AccountabilityService accountability;
    private final TaskGuard guard;

    AccountabilityTaskContext(AccountabilityService accountability, TaskGuard guard) {
        this.accountability = accountability;
        this.guard = guard;
    }

    AccountabilityCase caseOf(VariableScope scope) {
        return accountability.accountabilityCase(AccountabilityProcess.Variables.CASE_ID.from(scope));
    }

    /** The case a person's completion of the task writes to, once {@link TaskGuard} has let it through. */
    AccountabilityCase caseCompleting(DelegateTask task) {
        AccountabilityCase accountabilityCase = caseOf(task);
        guard.checkCompletion(task, accountabilityCase.getProcessInstanceId(), accountabilityCase.getUnit().getCode());
        return accountabilityCase;
    }
}
