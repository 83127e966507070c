package cn.ecodispatch.security;

import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import cn.ecodispatch.shared.InvalidInputException;

/**
 * Notes, for the current HTTP request, that a task listener refused a person's input. The engine wraps any
 * listener exception in a technical 500; {@link FormErrorResponseFilter} turns it back into the 400 with the
 * Chinese message the person should read.
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
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(ATTRIBUTE, e.getMessage(), RequestAttributes.SCOPE_REQUEST);
            }
            throw e;
        }
    }
}
