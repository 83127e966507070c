package cn.ecodispatch.shared;

/** Something a user asked for by id or code does not exist: HTTP 404 with this (Chinese) message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
