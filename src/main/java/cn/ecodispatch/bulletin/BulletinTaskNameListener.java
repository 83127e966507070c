package cn.ecodispatch.bulletin;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.TaskTitles;

/** Task_EditBulletin and Task_ApproveBulletin, on create: show the bulletin's title, text and the last return. */
@Component("bulletinFormListener")
class BulletinFormListener implements TaskListener {

    private final BulletinTaskContext context;

    BulletinFormListener(BulletinTaskContext context) {
        this.context = context;
    }

    @Override
    public void notify(DelegateTask task) {
        Bulletin bulletin = context.bulletinOf(task);
        TaskTitles.name(task, bulletin.getCycle().getPeriod().label() + "月度通报（第" + bulletin.getVersionNo() + "版）");
        FormValues.showOnTask(task, Map.of(
                "bulletinTitle", bulletin.getTitle(),
                "versionLabel", bulletin.getCorrects() == null ? "第1版"
                        : "第" + bulletin.getVersionNo() + "版，更正" + bulletin.getCorrects().getDocumentNumber()
                                + "：" + bulletin.getCorrectionReason(),
                "returnReason", bulletin.getReturnReason() == null ? "无" : bulletin.getReturnReason(),
                "bulletinPageUrl", "/eco/bulletin.html?bulletinId=" + bulletin.getId(),
                BulletinProcess.Fields.BODY.name(), bulletin.getBody()));
    }
}
