package cn.ecodispatch.shared;

import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses an /api request whose parameters or path carry a NUL character: PostgreSQL refuses NUL in text, so such a
 * value would otherwise end in a database error.
 */
class NulCharacterGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Stream<String> parameters = request.getParameterMap().values().stream().flatMap(Stream::of);
        Stream<String> pathVariables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                instanceof Map<?, ?> variables ? variables.values().stream().map(String::valueOf) : Stream.empty();
        if (Stream.concat(parameters, pathVariables).anyMatch(value -> value.indexOf('\0') >= 0)) {
            throw new InvalidInputException("request", "请求参数中含有不允许的空字符（NUL）");
        }
        return true;
    }
}
