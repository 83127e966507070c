package cn.ecodispatch.shared;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The error page of /api, or of the engine's REST APIs, for errors that no handler of the project answered because
 * they happened before one was chosen: a problem detail in Chinese. Spring MVC's own (no such path, a method the
 * path does not take) get their texts from the bundle by the exception's message codes, as in
 * {@link ApiExceptionHandler}; others (a filter's {@code sendError}, such as the web apps' CSRF filter, or a body
 * the container refused) those of the status (see {@link Problems}). Other paths keep Spring Boot's error page.
 */
class ApiErrorController extends BasicErrorController {

    private final ErrorAttributes errorAttributes;
    private final Problems problems;

    ApiErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
            List<ErrorViewResolver> errorViewResolvers, Problems problems) {
        super(errorAttributes, errorProperties, errorViewResolvers);
        this.errorAttributes = errorAttributes;
        this.problems = problems;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
                && (path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/camunda/api/")))) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        ProblemDetail problem = errorAttributes.getError(new ServletWebRequest(request)) instanceof ErrorResponse spring
                ? problems.of(spring, path) : problems.of(status, null, path);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.asMap(problem));
    }
}
