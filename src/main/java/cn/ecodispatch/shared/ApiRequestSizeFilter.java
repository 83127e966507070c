package cn.ecodispatch.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;


/**
 * Refuses an /api request whose stated length is larger than any upload may be, before anything reads it, with a
 * Chinese 413. A multipart body sent in chunks, of no stated length, is measured by the multipart parser instead
 * ({@code spring.servlet.multipart.max-request-size}).
 */
class ApiRequestSizeFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRequestSizeFilter.class);

    private final long maxBytes;
    private final Problems problems;

    ApiRequestSizeFilter(long maxBytes, Problems problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            String detail = "请求内容超过 " + maxBytes / (1024 * 1024) + "MB 的上限（每个文件最大 20MB）";
            LOG.warn("拒绝 {} {}：{} {}", request.getMethod(), request.getRequestURI(), 413, detail);
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, detail);
            return;
        }
        chain.doFilter(request, response);
    }
}
