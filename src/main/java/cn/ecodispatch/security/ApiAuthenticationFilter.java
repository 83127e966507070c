package cn.ecodispatch.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.ecodispatch.shared.Problems;

/**
 * Authenticates every /api request, either with HTTP Basic (for programs; checked by Camunda's
 * {@link HttpBasicAuthenticationProvider}, as on /engine-rest) or with the session of a user signed in to the
 * Camunda web apps (for pages reached from Tasklist). The user is also set as the engine's current
 * authentication, so engine calls made while serving the request are checked against their rights.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final IdentityService identityService;
    private final HttpBasicAuthenticationProvider basicAuthentication = new HttpBasicAuthenticationProvider();
    private final Problems problems;

    ApiAuthenticationFilter(ProcessEngine engine, Problems problems) {
        this.engine = engine;
        this.identityService = engine.getIdentityService();
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
                basicAuthentication.augmentResponseByAuthenticationChallenge(response, engine);
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
        AuthenticationResult result = basicAuthentication.extractAuthenticatedUser(request, engine);
        if (!result.isAuthenticated()) {
            return Optional.empty();
        }
        String userId = result.getAuthenticatedUser();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return Optional.of(new CurrentUser(userId, groups));
    }
}
