package cn.ecodispatch.shared;

import java.util.List;

/** An uploaded file with errors at several places; nothing of it was taken. */
public class InvalidUploadException extends InvalidInputException {

    /** One wrong cell of an uploaded spreadsheet. */
    public record CellError(String sheet, int row, String column, String message) {
    }

    private final transient List<CellError> errors;

    public InvalidUploadException(String message, List<CellError> errors) {
        super("file", message);
        this.errors = List.copyOf(errors);
    }

    public List<CellError> getErrors() {
        return errors;
    }
}
