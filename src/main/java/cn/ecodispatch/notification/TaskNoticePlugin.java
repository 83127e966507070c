package cn.ecodispatch.notification;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.EngineLists;

/**
 * Adds {@link TaskArrivalListener} to every user task of every deployed process, after the step's own listeners,
 * so that no diagram has to remember it.
 */
@Component
class TaskNoticePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskArrivalListener> arrival;

    /** Looked up when a task is created: the listener needs engine services, which this plugin helps configure. */
    TaskNoticePlugin(ObjectProvider<TaskArrivalListener> arrival) {
        this.arrival = arrival;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostBPMNParseListeners(EngineLists.with(
                configuration.getCustomPostBPMNParseListeners(), new AbstractBpmnParseListener() {
                    @Override
                    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                                .addTaskListener(TaskListener.EVENTNAME_CREATE,
                                        task -> arrival.getObject().notify(task));
                    }
                }));
    }
}
