package cn.ecodispatch.shared;

/** The server declines work it could do later, to keep serving everyone else; the client may retry soon. */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message);
    }
}
