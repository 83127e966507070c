package cn.ecodispatch.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import cn.ecodispatch.identity.Roles;

/** The person behind an /api request, as established by {@link ApiAuthenticationFilter}. */
public record CurrentUser(String userId, List<String> groupIds) {

    static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();
    private static final String ENGINE = "default";

    private static final List<String> SUPERVISORS = List.of(Roles.OFFICE.groupId(), Roles.OFFICE_LEAD.groupId(),
            Roles.ORG_DEPT.groupId(), Roles.ADMIN.groupId());

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }

    /** The office, its director, the organisation department and administrators: they see every unit's data. */
    public boolean isSupervisor() {
        return groupIds.stream().anyMatch(SUPERVISORS::contains);
    }

    public boolean isAdministrator() {
        return isMemberOf(Roles.ADMIN.groupId());
    }

    void bindTo(HttpServletRequest request) {
        request.setAttribute(REQUEST_ATTRIBUTE, this);
    }

    /** The current request's user; only called behind the authentication filter, so it is always there. */
    public static CurrentUser get() {
        RequestAttributes attributes = RequestContextHolder.currentRequestAttributes();
        CurrentUser user = (CurrentUser) attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (user == null) {
            throw new IllegalStateException("请求未经身份认证");
        }
        return user;
    }

    /** The user signed in to the Camunda web apps in this request's session, if any. */
    static Optional<CurrentUser> fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(ENGINE);
        if (authentication instanceof UserAuthentication userAuthentication) {
            return Optional.of(new CurrentUser(userAuthentication.getIdentityId(),
                    List.copyOf(userAuthentication.getGroupIds())));
        }
        return Optional.empty();
    }
}
