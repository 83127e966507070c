package cn.ecodispatch.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of an error of /api, or of the engine's REST APIs, that no handler answered because it happened before a
 * controller was chosen (no such path, a method or content type no controller takes, a body the container refused,
 * the web apps' CSRF filter): the {@link ApiError} fields with a Chinese message instead of Spring Boot's English
 * ones. Other paths keep Spring Boot's error attributes.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (!(attributes.get("path") instanceof String path && (path.startsWith("/api/")
                || path.startsWith("/engine-rest") || path.startsWith("/camunda/api/")))) {
            return attributes;
        }
        HttpStatus status = HttpStatus.resolve((Integer) attributes.get("status"));
        String method = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class)
                .getMethod();
        ApiError error = status == null || status.is5xxServerError()
                ? ApiError.of(500, "系统错误", "系统内部错误，请稍后重试或联系管理员", path)
                : switch (status) {
                    case NOT_FOUND -> ApiError.of(404, "未找到", "没有这个接口：" + path, path);
                    case FORBIDDEN -> ApiError.of(403, "无权访问", "您无权执行此操作；如页面已打开很久，请刷新后重试", path);
                    case METHOD_NOT_ALLOWED -> ApiError.of(405, "请求有误", "该接口不支持 " + method + " 请求", path);
                    case UNSUPPORTED_MEDIA_TYPE -> ApiError.of(415, "请求有误", "该接口不支持此请求内容类型", path);
                    case NOT_ACCEPTABLE -> ApiError.of(406, "请求有误", "该接口只能返回 JSON", path);
                    case PAYLOAD_TOO_LARGE -> ApiError.of(413, "请求过大", "请求内容超过上限（每个文件最大 20MB）", path);
                    default -> ApiError.of(status.value(), "请求有误", "请求有误，无法处理", path);
                };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", error.status());
        body.put("error", error.error());
        body.put("message", error.message());
        body.put("path", error.path());
        body.put("timestamp", error.timestamp());
        return body;
    }
}
