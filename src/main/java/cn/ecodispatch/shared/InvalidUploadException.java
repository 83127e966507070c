package cn.ecodispatch.shared;

import java.util.List;

/** An uploaded file with errors at several places; nothing of it was taken. */
public class InvalidUploadException extends InvalidInputException {

    private final transient List<ApiError.CellError> errors;

    public InvalidUploadException(String message, List<ApiError.CellError> errors) {
        super("file", message);
        this.errors = List.copyOf(errors);
    }

    public List<ApiError.CellError> getErrors() {
        return errors;
    }
}
