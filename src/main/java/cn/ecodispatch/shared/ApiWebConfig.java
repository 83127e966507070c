package cn.ecodispatch.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What the project's own API refuses before a controller sees the request. */
@Configuration
class ApiWebConfig implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<ApiRequestSizeFilter> apiRequestSize(MultipartProperties multipart, Problems problems) {
        FilterRegistrationBean<ApiRequestSizeFilter> registration = new FilterRegistrationBean<>(
                new ApiRequestSizeFilter(multipart.getMaxRequestSize().toBytes(), problems));
        registration.addUrlPatterns("/api/*");
        // Before authentication: an oversized body is refused without checking a password first.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** In place of Spring Boot's error controller: problem details on the API paths. */
    @Bean
    ApiErrorController apiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
            ObjectProvider<ErrorViewResolver> errorViewResolvers, Problems problems) {
        return new ApiErrorController(errorAttributes, server.getError(), errorViewResolvers.orderedStream().toList(),
                problems);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NulCharacterGuard()).addPathPatterns("/api/**");
    }
}
