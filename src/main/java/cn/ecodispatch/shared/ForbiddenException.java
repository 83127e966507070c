package cn.ecodispatch.shared;

/** The signed-in user may not see or change this: HTTP 403 with this (Chinese) message. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
