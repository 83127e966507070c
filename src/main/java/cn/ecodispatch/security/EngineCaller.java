package cn.ecodispatch.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who calls the engine's REST APIs, and lookups the rules make beyond what the caller may see. */
class EngineCaller {

    private final IdentityService identityService;

    EngineCaller(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The signed-in caller: from /engine-rest's Basic login, or from the web apps' session. */
    Optional<CurrentUser> of(HttpServletRequest request) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null) {
            return Optional.of(new CurrentUser(authentication.getUserId(),
                    authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds())));
        }
        return CurrentUser.fromWebappSession(request);
    }

    /** The rules look at tasks and groups the caller may not see; the caller's own rights apply again after. */
    <T> T asSystem(Supplier<T> lookup) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
