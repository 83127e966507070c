package cn.ecodispatch.rectification;

import org.springframework.stereotype.Component;

import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.InvalidInputException;

/** Who may see a rectification and who may still add to it: its page and its uploads ask here. */
@Component
public class RectificationAccess {

    private final RectificationService rectifications;
    private final UnitAccess access;

    RectificationAccess(RectificationService rectifications, UnitAccess access) {
        this.rectifications = rectifications;
        this.access = access;
    }

    public Rectification visible(long rectificationId) {
        Rectification rectification = rectifications.rectification(rectificationId);
        access.checkCanView(rectification.getUnit());
        return rectification;
    }

    /** The rectification, if the current user is one of its unit's staff and it is not yet closed (销号). */
    public Rectification editable(long rectificationId) {
        Rectification rectification = visible(rectificationId);
        access.checkIsStaffOf(rectification.getUnit());
        if (!isEditable(rectification)) {
            throw new InvalidInputException("rectification", "该整改事项已销号，不能再上传材料");
        }
        return rectification;
    }

    public boolean isEditable(Rectification rectification) {
        return rectification.getStatus() != Rectification.Status.PASSED && access.isStaffOf(rectification.getUnit());
    }
}
