package cn.ecodispatch.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.shared.Problems;

/**
 * Every error the engine's REST APIs answer (Tasklist's and /engine-rest) reaches the person as the project's
 * problem detail with a Chinese detail (also as {@code message}, which Camunda's web apps show): no exception
 * class names, engine codes or SQL. (Errors that the container renders through its error page, after a filter's
 * {@code sendError}, get their Chinese body from {@code shared.ApiErrorController}.) A refusal noted by
 * {@link FormErrorInterceptor} keeps its own message and status; a race between two people (the same task
 * claimed or completed twice) is a 409, not a 500. The engine's original text goes to the log, in one line.
 */
class EngineErrorResponseFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrorResponseFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService taskService;
    private final Problems problems;

    EngineErrorResponseFilter(TaskService taskService, Problems problems) {
        this.taskService = taskService;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 400 && !isProblemDetail(wrapper)) { // the project's own are written for people
            JsonNode body = parse(wrapper.getContentAsByteArray());
            Refusal translated = special(request, wrapper).orElseGet(() -> translate(wrapper.getStatus(),
                    body.path("type").asText(""), body.path("message").asText(""),
                    (Refusal) request.getAttribute(FormErrorInterceptor.ATTRIBUTE)));
            log(request, wrapper.getStatus(), body, translated);
            wrapper.resetBuffer();
            translated.writeTo(problems, request, wrapper);
        }
        wrapper.copyBodyToResponse();
    }

    /** The engine's code of a failed optimistic lock; the REST layer reports it inside a generic exception. */
    private static final String OPTIMISTIC_LOCK_CODE = "ENGINE-03005";

    static Refusal translate(int status, String engineType, String engineMessage, Refusal refusal) {
        if (refusal != null) {
            return refusal;
        }
        String type = engineMessage.contains(OPTIMISTIC_LOCK_CODE) ? "OptimisticLockingException" : engineType;
        return switch (type) {
            case "OptimisticLockingException" ->
                new Refusal(409, "该任务或记录刚被他人同时处理，您的操作未生效，请刷新后查看");
            case "TaskAlreadyClaimedException" -> new Refusal(409, "该任务已被他人认领，请刷新后查看");
            case "NullValueException", "NotFoundException" ->
                new Refusal(404, "该任务或记录不存在，可能已由他人办结，请刷新后查看");
            case "AuthorizationException" -> new Refusal(403, "您无权执行此操作");
            default -> byStatus(status);
        };
    }

    private static Refusal byStatus(int status) {
        return switch (status) {
            case 401 -> new Refusal(401, "请先登录");
            case 403 -> new Refusal(403, "您无权执行此操作");
            case 404 -> new Refusal(404, "未找到所请求的任务、记录或接口，可能已办结或不存在");
            case 405 -> new Refusal(405, "该接口不支持此请求方法");
            case 409 -> new Refusal(409, "该任务或记录刚被他人同时处理，请刷新后查看");
            case 413 -> new Refusal(413, "提交的内容过大");
            case 415 -> new Refusal(415, "请求的内容类型不受支持，请以 JSON 提交");
            default -> status < 500 ? new Refusal(status, "请求无效，请检查提交的内容后重试")
                    : new Refusal(500, "系统内部错误，请稍后重试或联系管理员");
        };
    }

    /**
     * A failed web app login, whose message the login page shows; and a task action that failed inside the engine
     * while someone else finished the same task (the engine then fails in several ways: an optimistic lock, a
     * missing execution, or a missing right because the task's rights went with it): the person is told the task
     * is gone, not that the system broke or that they lack a right.
     */
    private Optional<Refusal> special(HttpServletRequest request, HttpServletResponse response) {
        String uri = request.getRequestURI();
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && uri.contains("/auth/user/")
                && uri.contains("/login/")) {
            return Optional.of(new Refusal(401, "用户名或密码错误"));
        }
        String taskId = EngineRestCall.of(request).map(EngineRestCall::taskId).orElse(null);
        boolean engineFailure = response.getStatus() >= 500 || response.getStatus() == HttpServletResponse.SC_FORBIDDEN
                && request.getAttribute(FormErrorInterceptor.ATTRIBUTE) == null;
        if (engineFailure && taskId != null && taskService.createTaskQuery().taskId(taskId).count() == 0) {
            return Optional.of(new Refusal(409, "该任务已由他人办理完毕或已不存在，您的操作未生效，请刷新后查看"));
        }
        return Optional.empty();
    }

    private static void log(HttpServletRequest request, int status, JsonNode body, Refusal translated) {
        String original = body.path("type").asText("") + " " + body.path("message").asText("");
        String line = original.replaceAll("\\s+", " ").trim();
        if (translated.status() >= 500) {
            LOG.error("引擎接口出错 {} {} → {}：{}", request.getMethod(), request.getRequestURI(), status, line);
        } else {
            LOG.warn("拒绝请求 {} {} → {} {}（引擎原文：{}）", request.getMethod(), request.getRequestURI(),
                    translated.status(), translated.message(), line);
        }
    }

    private static boolean isProblemDetail(HttpServletResponse response) {
        return response.getContentType() != null
                && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType()));
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
