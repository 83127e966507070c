package cn.ecodispatch.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.ecodispatch.shared.Problems;

/**
 * Authenticates every /api request, either with HTTP Basic (for programs) or with the session of a user signed
 * in to the Camunda web apps (for pages reached from Tasklist). The user is also set as the engine's current
 * authentication, so engine calls made while serving the request are checked against their rights.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final Problems problems;

    ApiAuthenticationFilter(IdentityService identityService, Problems problems) {
        this.identityService = identityService;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> basic = fromBasicAuth(request);
        Optional<CurrentUser> user = basic.or(() -> CurrentUser.fromWebappSession(request));
        if (user.isPresent() && basic.isEmpty() && isStateChanging(request) && !isFromPageScript(request)) {
            // A browser session alone does not authorise a change: a page of this application adds the header,
            // a forged cross-site form cannot.
            problems.write(request, response, HttpStatus.FORBIDDEN, "请求缺少防跨站伪造标记，请从本系统页面操作");
            return;
        }
        if (user.isEmpty()) {
            if (!isFromPageScript(request)) {
                // A page's own script (e.g. the unread count in Tasklist's header) gets a plain 401: the challenge
                // would open the browser's login dialog over the page.
                response.setHeader("WWW-Authenticate", "Basic realm=\"eco-dispatch\", charset=\"UTF-8\"");
            }
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "请先登录：请提供正确的用户名和密码，或先登录任务中心（Tasklist）");
            return;
        }
        user.get().bindTo(request);
        identityService.setAuthentication(user.get().userId(), user.get().groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static boolean isFromPageScript(HttpServletRequest request) {
        return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }

    private static boolean isStateChanging(HttpServletRequest request) {
        return !List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
    }

    private Optional<CurrentUser> fromBasicAuth(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return Optional.of(new CurrentUser(userId, groups));
    }
}
