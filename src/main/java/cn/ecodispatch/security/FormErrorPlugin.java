package cn.ecodispatch.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.springframework.stereotype.Component;

/** Installs {@link FormErrorInterceptor} around the engine's own delegate interceptor. */
@Component
class FormErrorPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDelegateInterceptor(new FormErrorInterceptor(configuration.getDelegateInterceptor() != null
                ? configuration.getDelegateInterceptor() : new DefaultDelegateInterceptor()));
    }
}
