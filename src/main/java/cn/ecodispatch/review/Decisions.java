package cn.ecodispatch.review;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.ecodispatch.report.ReportDecision.Outcome;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.ProcessVariable;

/** Reads the decision a leader or reviewer chose in a form. */
final class Decisions {

    private Decisions() {
    }

    static Outcome outcome(VariableScope scope, ProcessVariable<String> decision) {
        String value = FormValues.text(scope, decision);
        if (value == null) {
            throw new InvalidInputException(decision.name(), "请选择“" + decision.label() + "”");
        }
        try {
            return Outcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(decision.name(), "“" + decision.label() + "”的取值无效：" + value);
        }
    }
}
