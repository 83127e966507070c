package cn.ecodispatch.review;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.ecodispatch.report.ReportDecision.Outcome;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.InvalidInputException;

/** Reads the decision a leader or reviewer chose in a form. */
final class Decisions {

    private Decisions() {
    }

    static Outcome outcome(VariableScope scope, String variable, String label) {
        String value = FormValues.text(scope, variable);
        if (value == null) {
            throw new InvalidInputException(variable, "请选择“" + label + "”");
        }
        try {
            return Outcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(variable, "“" + label + "”的取值无效：" + value);
        }
    }
}
