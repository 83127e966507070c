package cn.ecodispatch.shared;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error the project's own API returns; {@code message} is meant for a person, in Chinese.
 * {@code errors} lists the places of a rejected upload (sheet, row, column), when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String error, String message, String path, OffsetDateTime timestamp,
        List<CellError> errors) {

    /** One wrong cell of an uploaded spreadsheet. */
    public record CellError(String sheet, int row, String column, String message) {
    }

    public static ApiError of(int status, String error, String message, String path) {
        return new ApiError(status, error, message, path, OffsetDateTime.now(Zones.SHANGHAI), List.of());
    }
}
