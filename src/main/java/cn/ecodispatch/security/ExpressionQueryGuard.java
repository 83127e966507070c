package cn.ecodispatch.security;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.shared.Problems;

/**
 * Refuses any engine request whose query carries an expression (e.g. {@code assigneeExpression}), in the URL
 * or anywhere in a JSON body, {@code orQueries} included. Expressions in queries run code on the server; the
 * engine is configured to reject them too, and this guard makes sure no path around that check exists.
 */
class ExpressionQueryGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Problems problems;

    ExpressionQueryGuard(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> field = request.getParameterMap().keySet().stream().filter(ExpressionQueryGuard::isExpressionField)
                .findFirst();
        HttpServletRequest forwarded = request;
        if (field.isEmpty() && hasJsonBody(request)) {
            CachedBodyRequest cached;
            try {
                cached = new CachedBodyRequest(request);
            } catch (CachedBodyRequest.TooLargeException e) {
                e.writeTo(problems, request, response);
                return;
            }
            field = expressionFieldIn(cached.body());
            forwarded = cached;
        }
        if (field.isPresent()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "出于安全原因，查询中不允许使用表达式（字段 " + field.get() + "）");
            return;
        }
        chain.doFilter(forwarded, response);
    }

    static boolean isExpressionField(String name) {
        String lower = name.toLowerCase();
        return lower.endsWith("expression") || lower.equals("expressions");
    }

    private static boolean hasJsonBody(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().contains("json");
    }

    private static Optional<String> expressionFieldIn(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return find(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty(); // not JSON after all: the engine answers it with its own 400
        }
    }

    private static Optional<String> find(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (isExpressionField(entry.getKey())) {
                    return Optional.of(entry.getKey());
                }
                Optional<String> nested = find(entry.getValue());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<String> nested = find(element);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
