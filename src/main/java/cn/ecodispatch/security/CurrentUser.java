package cn.ecodispatch.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The person behind an /api request, as established by {@link ApiAuthenticationFilter}. */
public record CurrentUser(String userId, List<String> groupIds) {

    static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
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
}
