package cn.ecodispatch.identity;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts created at start; demo accounts get {@code <login>@<demoMailDomain>} as e-mail address when a domain
 * is given. The admin password has no default outside the demo profile: the application
 * refuses to start until it is configured (ECO_ADMIN_PASSWORD).
 */
@Validated
@ConfigurationProperties("eco.identity")
public record IdentityProperties(
        boolean demoUsers,
        String demoPassword,
        String demoMailDomain,
        @NotBlank(message = "未配置管理员账号") String adminUser,
        @NotBlank(message = "未配置管理员密码：请设置环境变量 ECO_ADMIN_PASSWORD") String adminPassword) {
}
