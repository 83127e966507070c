package cn.ecodispatch.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * On task completions through the engine's REST APIs (Tasklist and /engine-rest): when a listener refused the
 * input, answer 400 with its Chinese message instead of the engine's wrapped 500. Nothing was saved either way:
 * the completion's transaction was rolled back.
 */
class FormErrorResponseFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"POST".equals(request.getMethod())
                || !(uri.endsWith("/complete") || uri.endsWith("/submit-form") || uri.endsWith("/resolve"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        Object message = request.getAttribute(FormErrorInterceptor.ATTRIBUTE);
        if (message != null && wrapper.getStatus() >= 500) {
            wrapper.resetBuffer();
            wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
            wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
            wrapper.getOutputStream().write(JSON.writeValueAsBytes(
                    Map.of("type", "InvalidInputException", "message", message)));
        }
        wrapper.copyBodyToResponse();
    }
}
