package cn.ecodispatch.shared;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads what a Camunda Form submitted and prepares what a form shows. Tasklist sends lists and objects as JSON
 * variables; this class turns them into Jackson trees, whatever variable type arrived.
 * <p>
 * A form's data is built when the form is opened ({@link FormOnOpening}: the reports' forms, one per unit and month)
 * or, for the office's few tasks of a month, stored as variables on the task itself ({@link #showOnTask}). A
 * completion may bring the edited values back on the task (Tasklist's submit-form) or on its execution (the complete
 * call); the execution's copy, if any, is the newer one. After a listener has stored the values in the domain
 * tables it calls {@link #discard} so that no form data stays behind in the process.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private FormValues() {
    }

    private static TypedValue submitted(VariableScope scope, String name) {
        if (scope instanceof DelegateTask task && task.getExecution() != null) {
            TypedValue onExecution = task.getExecution().getVariableTyped(name, true);
            if (onExecution != null) {
                return onExecution;
            }
        }
        return scope.getVariableTyped(name, true);
    }

    /** Removes the submitted copies of form fields from the process once they are stored. */
    public static void discard(DelegateTask task, ProcessVariable<?>... fields) {
        discard(task, List.of(fields));
    }

    public static void discard(DelegateTask task, List<ProcessVariable<?>> fields) {
        task.getExecution().removeVariables(fields.stream().map(ProcessVariable::name).toList());
    }

    public static JsonNode json(VariableScope scope, ProcessVariable<?> field) {
        String name = field.name();
        TypedValue typed = submitted(scope, name);
        if (typed == null || typed.getValue() == null) {
            return MissingNode.getInstance();
        }
        try {
            Object value = typed.getValue();
            if (typed instanceof JsonValue || value instanceof String) {
                // A Spin JSON node prints as its JSON text.
                return JSON.readTree(value.toString());
            }
            return JSON.valueToTree(value);
        } catch (IOException e) {
            throw new InvalidInputException(name, "表单数据格式不正确：" + name);
        }
    }

    /** The trimmed text of a variable, or null if it is missing or blank. */
    public static String text(VariableScope scope, ProcessVariable<?> field) {
        TypedValue typed = submitted(scope, field.name());
        Object value = typed == null ? null : typed.getValue();
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public static String requiredText(VariableScope scope, ProcessVariable<String> field) {
        String text = text(scope, field);
        if (text == null) {
            throw new InvalidInputException(field.name(), "请填写“" + field.label() + "”");
        }
        return limited(text, field.name(), field.label(), field.maxLength());
    }

    public static String optionalText(VariableScope scope, ProcessVariable<String> field) {
        String text = text(scope, field);
        return text == null ? null : limited(text, field.name(), field.label(), field.maxLength());
    }

    public static String limited(String text, ProcessVariable<String> field) {
        return limited(text, field.name(), field.label(), field.maxLength());
    }

    public static String limited(String text, String field, String label, int maxLength) {
        if (text != null && text.length() > maxLength) {
            throw new InvalidInputException(field, "“" + label + "”不能超过 " + maxLength + " 个字");
        }
        return text;
    }

    /**
     * Who completes the task: the signed-in user (Tasklist, REST), or else the assignee; "系统" when neither is
     * known (a completion from code).
     */
    public static String currentUser(DelegateTask task) {
        org.camunda.bpm.engine.impl.identity.Authentication authentication = task.getProcessEngineServices()
                .getIdentityService().getCurrentAuthentication();
        if (authentication != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "系统";
    }

    /** A JSON variable for a form (lists, objects). */
    public static TypedValue jsonVariable(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets form-only variables on the task itself, so they end with the task and never reach the process. */
    public static void showOnTask(DelegateTask task, Map<String, ?> variables) {
        variables.forEach((name, value) -> task.setVariableLocal(name, value));
    }
}
