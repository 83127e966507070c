package cn.ecodispatch.security;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.identity.Roles;
import cn.ecodispatch.shared.ForbiddenException;

/**
 * Who may see and change a unit's data through /api: the unit's own staff see and edit their unit's; the
 * office, its director, the organisation department and administrators see every unit's.
 */
@Component
public class UnitAccess {

    private final CatalogService catalog;
    private final DistrictWords words;

    UnitAccess(CatalogService catalog, DistrictWords words) {
        this.catalog = catalog;
        this.words = words;
    }

    /** The unit whose staff the current user is, if any. */
    public Optional<Unit> ownUnit() {
        CurrentUser user = CurrentUser.get();
        return catalog.units().stream().filter(u -> user.isMemberOf(u.getCode())).findFirst();
    }

    public boolean isSupervisor() {
        return CurrentUser.get().isSupervisor();
    }

    public boolean isStaffOf(Unit unit) {
        return CurrentUser.get().isMemberOf(unit.getCode());
    }

    public void checkCanView(Unit unit) {
        if (!isSupervisor() && !isStaffOf(unit)) {
            throw new ForbiddenException("无权查看其他单位的数据");
        }
    }

    public void checkIsStaffOf(Unit unit) {
        if (!isStaffOf(unit)) {
            throw new ForbiddenException("只有" + unit.getName() + "的工作人员可以修改本单位的报送材料");
        }
    }

    /** The campaign office's reviewers and its director. */
    public boolean isOffice() {
        List<String> groups = CurrentUser.get().groupIds();
        return groups.contains(Roles.OFFICE.groupId()) || groups.contains(Roles.OFFICE_LEAD.groupId());
    }

    /** The office and its director only; {@code action} completes the refusal, e.g. 开启月度调度. */
    public void checkIsOffice(String action) {
        if (!isOffice()) {
            throw new ForbiddenException("仅" + words.office() + "可以" + action);
        }
    }

    public void checkIsSupervisor() {
        if (!isSupervisor()) {
            throw new ForbiddenException("仅" + words.office() + "和组织部门可以查看");
        }
    }
}
