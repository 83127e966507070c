package cn.ecodispatch.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Where a person is reached: the e-mail address of their Camunda account (Admin → 用户 → 邮箱) and the mobile
 * number kept as the account's user info {@value #PHONE} (none is set by the system itself).
 */
@Component
class Contacts {

    static final String PHONE = "phone";

    record Contact(String email, String phone) {
    }

    private final IdentityService identity;

    Contacts(IdentityService identity) {
        this.identity = identity;
    }

    Contact of(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return new Contact(user == null ? null : blankToNull(user.getEmail()),
                blankToNull(identity.getUserInfo(userId, PHONE)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
