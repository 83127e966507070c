package cn.ecodispatch.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.ecodispatch.identity.Roles;
import cn.ecodispatch.shared.Problems;

/**
 * Closes Admin's first-user setup endpoint once an administrator exists: in the Community release it can
 * otherwise be abused to create an administrator on an installation that already has users.
 */
class SetupEndpointGuard extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final Problems problems;

    SetupEndpointGuard(IdentityService identityService, Problems problems) {
        this.identityService = identityService;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isBootstrapped()) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "系统已完成初始化，不能再通过初始设置创建管理员");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isBootstrapped() {
        return identityService.createUserQuery().memberOfGroup(Roles.ADMIN.groupId()).count() > 0;
    }
}
