package cn.ecodispatch.report;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.EngineLists;

/**
 * When a form is opened — Tasklist's {@code GET task/{id}/form-variables}, or {@code FormService} — a lead unit's
 * reporting form first takes in its participants' latest contributions ({@link OpenReportTask#showContributions}).
 * Runs before the engine's own command, outside its transaction.
 */
@Component
class ContributionsOnFormOpen extends AbstractProcessEnginePlugin {

    private final ObjectProvider<OpenReportTask> openTask;

    /** Looked up when a form opens: it needs engine services, which this plugin helps configure. */
    ContributionsOnFormOpen(ObjectProvider<OpenReportTask> openTask) {
        this.openTask = openTask;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(EngineLists.with(
                configuration.getCustomPreCommandInterceptorsTxRequired(), new CommandInterceptor() {
                    @Override
                    public <T> T execute(Command<T> command) {
                        if (command instanceof GetTaskFormVariablesCmd formOpening) {
                            openTask.getObject().showContributions(formOpening.resourceId);
                        }
                        return next.execute(command);
                    }
                }));
    }
}
