package cn.ecodispatch.bulletin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.dispatch.MonthlyDispatchProcess;

/** Task_CompileBulletin (编制月度通报) of the month: compiles the draft bulletin and starts its approval. */
@Component("compileBulletinDelegate")
class CompileBulletinDelegate implements JavaDelegate {

    private final BulletinService bulletins;

    CompileBulletinDelegate(BulletinService bulletins) {
        this.bulletins = bulletins;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bulletins.compile(MonthlyDispatchProcess.Variables.CYCLE_ID.from(execution));
    }
}
