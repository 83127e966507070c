package cn.ecodispatch.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns failures of the project's own API into {@link ApiError} bodies with Chinese messages. */
@RestControllerAdvice(basePackages = "cn.ecodispatch")
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "未找到", e.getMessage(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "操作冲突", e.getMessage(), request);
    }

    /** Two starts of the same month raced past the check; the database kept one. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> duplicate(DataIntegrityViolationException e, HttpServletRequest request) {
        LOG.warn("数据唯一性约束拒绝了 {} 的写入：{}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.CONFLICT, "操作冲突", "该记录已存在（可能已由他人或其他节点同时提交），请刷新后查看", request);
    }

    @ExceptionHandler(InvalidUploadException.class)
    ResponseEntity<ApiError> invalidUpload(InvalidUploadException e, HttpServletRequest request) {
        ApiError body = respond(HttpStatus.BAD_REQUEST, "输入有误", e.getMessage(), request).getBody();
        return ResponseEntity.badRequest().body(new ApiError(body.status(), body.error(), body.message(), body.path(),
                body.timestamp(), e.getErrors()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", "上传的文件超过 20MB 的上限", request);
    }

    /** A request to an upload that is not multipart/form-data, or one the multipart parser cannot read. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> notMultipart(MultipartException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "请求有误", "无法读取上传的表单，请以 multipart/form-data 表单上传文件", request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "请求有误", "请求内容不是有效的 JSON", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求有误", "该接口不支持此请求内容类型，请以 JSON 发送", request);
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<ApiError> busy(BusyException e, HttpServletRequest request) {
        ResponseEntity<ApiError> refusal = respond(HttpStatus.TOO_MANY_REQUESTS, "系统繁忙", e.getMessage(), request);
        return ResponseEntity.status(refusal.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "5")
                .body(refusal.getBody());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "请求有误", "请选择要上传的文件（缺少 " + e.getRequestPartName() + "）", request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "输入有误", e.getMessage(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "未找到", "没有这个接口：" + request.getRequestURI(), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ApiError> forbidden(ForbiddenException e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, "无权访问", e.getMessage(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "请求有误", "缺少参数：" + e.getParameterName(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "请求有误", "参数格式不正确：" + e.getName(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("处理 {} 时出错", request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "系统错误", "系统内部错误，请稍后重试或联系管理员", request);
    }

    /** A refusal of what the client sent is logged as one warning line: it is not a fault of the application. */
    static ResponseEntity<ApiError> respond(HttpStatus status, String error, String message,
            HttpServletRequest request) {
        if (status.is4xxClientError()) {
            LOG.warn("拒绝 {} {}：{} {}", request.getMethod(), request.getRequestURI(), status.value(), message);
        }
        return ResponseEntity.status(status).body(ApiError.of(status.value(), error, message, request.getRequestURI()));
    }
}
