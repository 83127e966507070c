package cn.ecodispatch.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The district's words, read once from the configured plan's plan.yaml. */
@Configuration(proxyBeanMethods = false)
class DistrictWordsConfig {

    @Bean
    DistrictWords districtWords(CatalogProperties properties) {
        return PlanSource.readPlanFile(properties.plan()).district();
    }
}
