package cn.ecodispatch.security;

import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import cn.ecodispatch.shared.ConflictException;
import cn.ecodispatch.shared.ForbiddenException;
import cn.ecodispatch.shared.InvalidInputException;

/**
 * Notes, for the current HTTP request, that a listener or delegate refused what a person did (wrong input, no
 * right to it, a conflict with the record). The engine wraps any listener exception in a technical 500;
 * {@link EngineErrorResponseFilter} turns it back into the 4xx with the Chinese message the person should read.
 */
class FormErrorInterceptor implements DelegateInterceptor {

    static final String ATTRIBUTE = FormErrorInterceptor.class.getName();

    private final DelegateInterceptor delegate;

    FormErrorInterceptor(DelegateInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
        try {
            delegate.handleInvocation(invocation);
        } catch (InvalidInputException e) {
            note(Refusal.badInput(e.getMessage()));
            throw e;
        } catch (ForbiddenException e) {
            note(Refusal.forbidden(e.getMessage()));
            throw e;
        } catch (ConflictException e) {
            note(new Refusal(409, e.getMessage()));
            throw e;
        }
    }

    /** Also used by the engine's own checks written here ({@link GrantOnlyAuthorizationManager}). */
    static void note(Refusal refusal) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
