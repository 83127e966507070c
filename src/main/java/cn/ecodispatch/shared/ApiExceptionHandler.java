package cn.ecodispatch.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures of the project's own API into problem details (RFC 9457) with Chinese texts. Spring MVC's own
 * exceptions (missing parameter, unreadable body, unsupported method or content type, no such path, upload too
 * large, ...) are answered by {@link ResponseEntityExceptionHandler}, which takes their title and detail from
 * {@code messages.properties} by the codes {@code problemDetail.title.<exception class>} and
 * {@code problemDetail.<exception class>}; the project's exceptions are mapped here, their message being the
 * detail. A title or detail the bundle does not give (Spring's English defaults) becomes the Chinese text of the
 * status (see {@link Problems}). Errors found before a controller of this project was chosen (no such path, a
 * method the path does not take) are answered by the error page, {@link ApiErrorController}, in the same way.
 */
@RestControllerAdvice(basePackages = "cn.ecodispatch")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return respond(e, NotFoundException.class, HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return respond(e, ConflictException.class, HttpStatus.CONFLICT, e.getMessage(), request);
    }

    /** Two starts of the same month raced past the check; the database kept one. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> duplicate(DataIntegrityViolationException e, WebRequest request) {
        LOG.warn("数据唯一性约束拒绝了 {} 的写入：{}", path(request), e.getMostSpecificCause().getMessage());
        return respond(e, DataIntegrityViolationException.class, HttpStatus.CONFLICT, null, request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e, WebRequest request) {
        return respond(e, ForbiddenException.class, HttpStatus.FORBIDDEN, e.getMessage(), request);
    }

    /**
     * The field the input was refused for goes along as {@code field}; the places of an uploaded file's errors
     * (sheet, row, column), if any, as {@code errors}.
     */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        ProblemDetail body = problem(e, InvalidInputException.class, HttpStatus.BAD_REQUEST, e.getMessage());
        body.setProperty("field", e.getField());
        if (e instanceof InvalidUploadException upload) {
            body.setProperty("errors", upload.getErrors());
        }
        return handleExceptionInternal(e, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** A request to an upload that is not multipart/form-data, or one the multipart parser cannot read. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> notMultipart(MultipartException e, WebRequest request) {
        return respond(e, MultipartException.class, HttpStatus.BAD_REQUEST, null, request);
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<Object> busy(BusyException e, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return handleExceptionInternal(e, problem(e, BusyException.class, HttpStatus.TOO_MANY_REQUESTS,
                e.getMessage()), headers, HttpStatus.TOO_MANY_REQUESTS, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        return respond(e, Exception.class, HttpStatus.INTERNAL_SERVER_ERROR, null, request);
    }

    private ResponseEntity<Object> respond(Exception e, Class<? extends Exception> kind, HttpStatus status,
            String detail, WebRequest request) {
        return handleExceptionInternal(e, problem(e, kind, status, detail), new HttpHeaders(), status, request);
    }

    /**
     * The problem of an exception handled as {@code kind}: title and detail from the bundle's codes for
     * {@code kind} (so that a subclass shares them); without a detail there, the given one (the exception's
     * Chinese message).
     */
    private ProblemDetail problem(Exception e, Class<? extends Exception> kind, HttpStatus status, String detail) {
        return ErrorResponse.builder(e, status, detail)
                .titleMessageCode(ErrorResponse.getDefaultTitleMessageCode(kind))
                .detailMessageCode(ErrorResponse.getDefaultDetailMessageCode(kind, null))
                .build().updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
    }

    /**
     * Every answer of this handler, Spring's included: a fault of the application is logged with its stack trace,
     * a refusal of what the client sent as one warning line.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (status.is5xxServerError()) {
            LOG.error("处理 {} 时出错", path(request), e);
        } else if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            LOG.warn("拒绝 {} {}：{} {}", ((ServletWebRequest) request).getHttpMethod(), path(request),
                    status.value(), problem.getDetail());
        }
        return answer;
    }

    /** Every answer's problem detail completed: Chinese texts, path and time (see {@link Problems#completed}). */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problems.completed(problem, path(request));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String path(WebRequest request) {
        return ((ServletWebRequest) request).getRequest().getRequestURI();
    }
}
