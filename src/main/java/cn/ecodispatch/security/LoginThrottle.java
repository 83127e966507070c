package cn.ecodispatch.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.ecodispatch.shared.Problems;

/**
 * Slows down password guessing without letting a stranger lock anyone out. The engine's own lock counts failures
 * per account, so ten wrong passwords from anywhere would lock the administrator for good; it is switched off
 * (see application.yaml) and replaced by this throttle, which counts failures per account <em>and client
 * address</em>: after {@link #MAX_FAILURES} failures within {@link #WINDOW}, that address may not try that account
 * again until the window has passed, while the account's owner, elsewhere, still signs in. Counters live in
 * memory, bounded in number, per node.
 */
class LoginThrottle extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW).maximumSize(100_000).build();
    private final Problems problems;

    LoginThrottle(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = attemptedAccount(request);
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = account.get() + "@" + request.getRemoteAddr();
        AtomicInteger failed = failures.getIfPresent(key);
        if (failed != null && failed.get() >= MAX_FAILURES) {
            response.setHeader("Retry-After", String.valueOf(WINDOW.toSeconds()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "该账号在本机登录失败次数过多，请 " + WINDOW.toMinutes() + " 分钟后再试；如忘记密码，请联系系统管理员");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            int count = failures.get(key, k -> new AtomicInteger()).incrementAndGet();
            LOG.warn("账号 {} 从 {} 登录失败（{} 分钟内第 {} 次）", account.get(), request.getRemoteAddr(),
                    WINDOW.toMinutes(), count);
        } else if (response.getStatus() < 300) {
            failures.invalidate(key);
        }
    }

    /** The account a request tries to sign in as: HTTP Basic, or the web apps' login form. */
    private static Optional<String> attemptedAccount(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().contains(WEBAPP_LOGIN)
                && request.getRequestURI().contains("/login/")) {
            return Optional.ofNullable(request.getParameter("username")).filter(name -> !name.isBlank());
        }
        return Optional.empty();
    }
}
