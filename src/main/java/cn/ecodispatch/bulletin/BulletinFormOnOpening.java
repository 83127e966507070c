package cn.ecodispatch.bulletin;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormOnOpening;

/**
 * Task_EditBulletin and Task_ApproveBulletin, when their form is opened: the bulletin's title, text and last return,
 * read from the bulletin. Not stored on the task: a bulletin's text may hold 20 000 characters, and the engine keeps
 * no text variable longer than 4 000.
 */
@Component
class BulletinFormOnOpening implements FormOnOpening {

    private final BulletinTaskContext context;

    BulletinFormOnOpening(BulletinTaskContext context) {
        this.context = context;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(BulletinProcess.Elements.TASK_EDIT, BulletinProcess.Elements.TASK_APPROVE);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        Bulletin bulletin = context.bulletinOf(task);
        return Map.of(
                "bulletinTitle", bulletin.getTitle(),
                "versionLabel", bulletin.getCorrects() == null ? "第1版"
                        : "第" + bulletin.getVersionNo() + "版，更正" + bulletin.getCorrects().getDocumentNumber()
                                + "：" + bulletin.getCorrectionReason(),
                "returnReason", bulletin.getReturnReason() == null ? "无" : bulletin.getReturnReason(),
                "bulletinPageUrl", "/eco/bulletin.html?bulletinId=" + bulletin.getId(),
                BulletinProcess.Fields.BODY.name(), bulletin.getBody());
    }
}
