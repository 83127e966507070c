package cn.ecodispatch.shared;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The project's error bodies: RFC 9457 problem details ({@code application/problem+json}) whose title, and detail
 * when none is given, are the Chinese texts of {@code messages.properties} for the status
 * ({@code problemDetail.title.<status>}, {@code problemDetail.<status>}; other 4xx and 5xx take those of 400 and
 * 500). Written by the servlet filters, where no controller advice applies, and by the error page;
 * {@link ApiExceptionHandler} answers the same shape for the API's controllers.
 */
@Component
public class Problems {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final MessageSource messages;
    private final ObjectMapper json;

    Problems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The problem of the given status at the path; {@code detail} null means the status's own text. */
    public ProblemDetail of(HttpStatusCode status, String detail, String path) {
        return completed(ProblemDetail.forStatusAndDetail(status, detail), path);
    }

    /** The problem of one of Spring's exceptions, its texts from the bundle by the exception's message codes. */
    ProblemDetail of(ErrorResponse error, String path) {
        return completed(error.updateAndGetBody(messages, LocaleContextHolder.getLocale()), path);
    }

    /** Writes the problem as the response of a servlet filter. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), of(status, detail, request.getRequestURI()));
    }

    /**
     * The problem as answered: a title or detail that is not Chinese (Spring's English defaults, where the bundle
     * has no text for the exception) replaced by the status's; the path; the time; and, on the engine's REST
     * APIs, the detail also as {@code message}, which Camunda's web apps (Tasklist's forms, Cockpit, Admin, the
     * login page) show.
     */
    ProblemDetail completed(ProblemDetail problem, String path) {
        HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
        if (!isChinese(problem.getTitle())) {
            problem.setTitle(text("problemDetail.title.", status));
        }
        if (!isChinese(problem.getDetail())) {
            problem.setDetail(text("problemDetail.", status));
        }
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // a path the client sent with characters a URI may not have: the problem goes without it
            }
        }
        problem.setProperty("timestamp", OffsetDateTime.now(Zones.SHANGHAI));
        if (path.startsWith("/engine-rest") || path.startsWith("/camunda/api/")) {
            problem.setProperty("message", problem.getDetail());
        }
        return problem;
    }

    /** The problem as the error page's body. */
    Map<String, Object> asMap(ProblemDetail problem) {
        return json.convertValue(problem, new TypeReference<>() {
        });
    }

    private static boolean isChinese(String text) {
        return text != null && CHINESE.matcher(text).find();
    }

    private String text(String prefix, HttpStatusCode status) {
        String generic = prefix + (status.is5xxServerError() ? 500 : 400);
        return messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {prefix + status.value(), generic}), LocaleContextHolder.getLocale());
    }
}
