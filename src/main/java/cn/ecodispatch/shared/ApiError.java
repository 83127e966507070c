package cn.ecodispatch.shared;

import java.time.OffsetDateTime;

/** The body of every error the project's own API returns; {@code message} is meant for a person, in Chinese. */
public record ApiError(int status, String error, String message, String path, OffsetDateTime timestamp) {

    public static ApiError of(int status, String error, String message, String path) {
        return new ApiError(status, error, message, path, OffsetDateTime.now(Zones.SHANGHAI));
    }
}
