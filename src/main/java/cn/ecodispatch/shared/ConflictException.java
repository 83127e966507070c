package cn.ecodispatch.shared;

import org.camunda.bpm.engine.BadUserRequestException;

/** The request contradicts what is already on record: HTTP 409 with this (Chinese) message. */
public class ConflictException extends BadUserRequestException {

    public ConflictException(String message) {
        super(message);
    }
}
