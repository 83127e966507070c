package cn.ecodispatch.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the configured plan at every start; runs before the identity bootstrap, which needs the units. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogStartup implements ApplicationRunner {

    private final CatalogImporter importer;
    private final CatalogProperties properties;

    CatalogStartup(CatalogImporter importer, CatalogProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        importer.importPlan(properties.plan());
    }
}
