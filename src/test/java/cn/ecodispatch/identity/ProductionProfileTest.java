package cn.ecodispatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The postgres (production) profile: no demo accounts, and no start without an explicit admin password. */
class ProductionProfileTest {

    @Configuration
    @EnableConfigurationProperties(IdentityProperties.class)
    static class IdentityConfiguration {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(IdentityConfiguration.class)
            .withPropertyValues("spring.profiles.active=postgres");

    @Test
    void refuses_to_start_without_an_admin_password() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("未配置管理员密码：请设置环境变量 ECO_ADMIN_PASSWORD");
        });
    }

    @Test
    void creates_no_demo_accounts_when_the_admin_password_is_given() {
        runner.withPropertyValues("ECO_ADMIN_PASSWORD=S3cret!").run(context -> {
            assertThat(context).hasNotFailed();
            IdentityProperties properties = context.getBean(IdentityProperties.class);
            assertThat(properties.demoUsers()).isFalse();
            assertThat(properties.adminPassword()).isEqualTo("S3cret!");
        });
    }
}
