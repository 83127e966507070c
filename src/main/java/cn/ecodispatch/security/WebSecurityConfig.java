package cn.ecodispatch.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.shared.Problems;

/**
 * The servlet filters that secure the HTTP surface: authentication on /engine-rest and /api, and the guards
 * that close the known advisories of Camunda 7.24 Community. The web apps under /camunda keep their own
 * session login and CSRF protection.
 */
@Configuration
class WebSecurityConfig {

    private static final String ENGINE_REST = "/engine-rest/*";
    private static final String WEBAPP_API = "/camunda/api/*";

    /** Camunda's HTTP Basic check; {@link ApiAuthenticationFilter} uses the same provider for /api. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns(ENGINE_REST);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine, Problems problems) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard(Problems problems) {
        FilterRegistrationBean<ExpressionQueryGuard> registration =
                new FilterRegistrationBean<>(new ExpressionQueryGuard(problems));
        registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineErrorResponseFilter> engineErrorResponses(TaskService taskService,
            Problems problems) {
        FilterRegistrationBean<EngineErrorResponseFilter> registration =
                new FilterRegistrationBean<>(new EngineErrorResponseFilter(taskService, problems));
        registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    /** After authentication (it needs the caller) and after the expression guard (which reads the body first). */
    @Bean
    FilterRegistrationBean<EngineRestPolicy> engineRestPolicy(IdentityService identityService, TaskService taskService,
            DeclaredFormFields formFields, DistrictWords words, Problems problems) {
        FilterRegistrationBean<EngineRestPolicy> registration = new FilterRegistrationBean<>(new EngineRestPolicy(
                new EngineCaller(identityService), identityService, taskService, formFields, words, problems));
        registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 35);
        return registration;
    }

    /** After authentication: a task's comments (Tasklist's 历史 tab) for those the task is offered to. */
    @Bean
    FilterRegistrationBean<TaskCommentReads> taskCommentReads(IdentityService identityService, TaskService taskService,
            DisplayNames names, Problems problems) {
        FilterRegistrationBean<TaskCommentReads> registration = new FilterRegistrationBean<>(
                new TaskCommentReads(new EngineCaller(identityService), taskService, names, problems));
        registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 36);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappQueryPaging> webappQueryPaging(
            @Value("${eco.security.query-max-results}") int queryMaxResults) {
        FilterRegistrationBean<WebappQueryPaging> registration =
                new FilterRegistrationBean<>(new WebappQueryPaging(queryMaxResults));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before every login check, so that a blocked address does not even reach the password check. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(Problems problems) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(new LoginThrottle(problems));
        registration.addUrlPatterns(ENGINE_REST, WEBAPP_API, "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SetupEndpointGuard> setupEndpointGuard(IdentityService identityService,
            Problems problems) {
        FilterRegistrationBean<SetupEndpointGuard> registration =
                new FilterRegistrationBean<>(new SetupEndpointGuard(identityService, problems));
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
