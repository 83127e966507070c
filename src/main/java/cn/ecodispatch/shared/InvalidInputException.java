package cn.ecodispatch.shared;

/**
 * Input a person gave that cannot be accepted; the message names the field. Thrown inside a task completion it
 * rolls the whole completion back, and the REST API (and so Tasklist) answers 400 with this message (see
 * {@code security.FormErrorInterceptor}); the project's own API answers the same (see {@link ApiExceptionHandler}).
 * A plain runtime exception, so that the rules that throw it need no engine.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
