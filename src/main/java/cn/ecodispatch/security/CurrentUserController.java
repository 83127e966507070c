package cn.ecodispatch.security;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.catalog.Unit;

/** Who is signed in, so that the pages offer only what the person may do (the server checks again on every write). */
@RestController
@Transactional(readOnly = true)
class CurrentUserController {

    record Me(String userId, boolean office, boolean supervisor, String unitCode, String unitName) {
    }

    private final UnitAccess access;

    CurrentUserController(UnitAccess access) {
        this.access = access;
    }

    @GetMapping("/api/me")
    Me me() {
        Unit unit = access.ownUnit().orElse(null);
        return new Me(CurrentUser.get().userId(), access.isOffice(), access.isSupervisor(),
                unit == null ? null : unit.getCode(), unit == null ? null : unit.getName());
    }
}
