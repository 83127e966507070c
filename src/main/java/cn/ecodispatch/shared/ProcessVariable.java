package cn.ecodispatch.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One variable of a process, declared once, with its type, by the process class that owns it ({@code *Process}).
 * Delegates and listeners read and write it only through this object; the model test checks that every form field,
 * BPMN expression and DMN input names a declared variable.
 * <p>
 * Two kinds: a <em>process fact</em> (an id, the unit, a due date, a decision that routes a gateway) is kept in the
 * engine's history; a <em>form field</em> carries what a person typed into a form until its listener has stored it
 * in the domain tables, and never reaches the history (see {@code retention.ProcessFactsHistoryLevel}).
 *
 * @param <T> the Java type the engine holds the value as
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;
    private final boolean fact;
    private final String label;
    private final int maxLength;

    private ProcessVariable(String name, Class<T> type, boolean fact, String label, int maxLength) {
        this.name = name;
        this.type = type;
        this.fact = fact;
        this.label = label;
        this.maxLength = maxLength;
    }

    /** A fact the process routes or finds its records by. */
    public static <T> ProcessVariable<T> fact(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, true, name, 0);
    }

    /** A choice made in a form that routes a gateway: a fact, read the way form fields are read. */
    public static ProcessVariable<String> decision(String name, String label) {
        return new ProcessVariable<>(name, String.class, true, label, 64);
    }

    /** A text a person types into a form. */
    public static ProcessVariable<String> text(String name, String label, int maxLength) {
        return new ProcessVariable<>(name, String.class, false, label, maxLength);
    }

    /** A list or object a form shows and sends back as JSON (read with {@link FormValues#json}). */
    public static ProcessVariable<Object> json(String name, String label) {
        return new ProcessVariable<>(name, Object.class, false, label, 0);
    }

    public String name() {
        return name;
    }

    /** The field's name as the form shows it, for messages. */
    public String label() {
        return label;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean isFact() {
        return fact;
    }

    /** The value, which the process must hold: a missing fact is a fault of the process, not of a user. */
    public T from(VariableScope scope) {
        return find(scope).orElseThrow(() -> new IllegalStateException("流程变量 " + name + " 缺失"));
    }

    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(convert(scope.getVariable(name)));
    }

    public void setOn(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void removeFrom(VariableScope scope) {
        scope.removeVariable(name);
    }

    /** This variable with a value, for a process start or a message: {@code ProcessVariable.values(A.with(1L))}. */
    public Value with(T value) {
        return new Value(name, value);
    }

    public record Value(String name, Object value) {
    }

    public static Map<String, Object> values(Value... values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Value value : values) {
            map.put(value.name(), value.value());
        }
        return map;
    }

    /** Every variable a process class declares in its nested classes ({@code Variables}, {@code Fields}). */
    public static List<ProcessVariable<?>> declaredIn(Class<?> processClass) {
        List<ProcessVariable<?>> declared = new ArrayList<>();
        for (Class<?> nested : processClass.getDeclaredClasses()) {
            for (Field field : nested.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                    try {
                        declared.add((ProcessVariable<?>) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(field + " 不可读", e);
                    }
                }
            }
        }
        return declared;
    }

    private T convert(Object value) {
        if (value == null) {
            return null;
        }
        // The engine keeps a number as the type it was given; a Long fact set from an int still reads as a Long.
        if (type == Long.class && value instanceof Number number) {
            return type.cast(number.longValue());
        }
        if (type == Integer.class && value instanceof Number number) {
            return type.cast(number.intValue());
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
