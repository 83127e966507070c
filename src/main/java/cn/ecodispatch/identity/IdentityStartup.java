package cn.ecodispatch.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Provisions identities at every start, after the catalogue (which supplies the units) is loaded. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class IdentityStartup implements ApplicationRunner {

    private final IdentityProvisioner provisioner;

    IdentityStartup(IdentityProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Override
    public void run(ApplicationArguments args) {
        provisioner.provision();
    }
}
