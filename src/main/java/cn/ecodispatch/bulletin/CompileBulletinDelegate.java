package cn.ecodispatch.bulletin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.dispatch.DispatchService;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess;

/** Task_CompileBulletin (编制月度通报) of the month: compiles the draft bulletin and starts its approval. */
@Component("compileBulletinDelegate")
class CompileBulletinDelegate implements JavaDelegate {

    private final DispatchService dispatch;
    private final BulletinService bulletins;

    CompileBulletinDelegate(DispatchService dispatch, BulletinService bulletins) {
        this.dispatch = dispatch;
        this.bulletins = bulletins;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bulletins.compile(dispatch.cycle((Long) execution.getVariable(MonthlyDispatchProcess.Variables.CYCLE_ID)));
    }
}
