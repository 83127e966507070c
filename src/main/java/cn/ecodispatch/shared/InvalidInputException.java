package cn.ecodispatch.shared;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a person gave that cannot be accepted; the message names the field. Thrown inside a task completion it
 * rolls the whole completion back, and the REST API (and so Tasklist) answers 400 with this message.
 */
public class InvalidInputException extends BadUserRequestException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
