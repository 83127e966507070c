package cn.ecodispatch.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds what a {@link FormOnOpening} builds to the answer of the engine's {@code GetTaskFormVariablesCmd}. It runs
 * inside the command, after the command itself: the engine has already refused a caller who may not read the
 * task, and the values are read in the command's own transaction. Built values take the place of task variables of
 * the same name; when the caller asks for some variables by name, only those are added.
 */
@Component
class FormsBuiltOnOpening extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormOnOpening> forms;
    private volatile Map<String, FormOnOpening> byTaskDefinition;

    /** Looked up when the first form opens: the forms need engine services, which this plugin helps configure. */
    FormsBuiltOnOpening(ObjectProvider<FormOnOpening> forms) {
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(EngineLists.with(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new CommandInterceptor() {
                    @Override
                    public <T> T execute(Command<T> command) {
                        T answer = next.execute(command);
                        if (command instanceof GetTaskFormVariablesCmd opening && answer instanceof VariableMap shown) {
                            addBuiltValues(opening, shown);
                        }
                        return answer;
                    }
                }));
    }

    private void addBuiltValues(GetTaskFormVariablesCmd opening, VariableMap shown) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = context.getTaskManager().findTaskById(opening.resourceId);
        String taskDefinition = task.getTaskDefinitionKey(); // none for a task created in Tasklist by hand
        FormOnOpening form = taskDefinition == null ? null : formsByTaskDefinition().get(taskDefinition);
        if (form == null) {
            return;
        }
        Map<String, Object> values = context.runWithoutAuthorization(() -> form.valuesFor(task));
        Collection<String> asked = opening.formVariableNames;
        values.forEach((name, value) -> {
            if (asked == null || asked.contains(name)) {
                shown.put(name, value);
            }
        });
    }

    private Map<String, FormOnOpening> formsByTaskDefinition() {
        if (byTaskDefinition == null) {
            Map<String, FormOnOpening> found = new HashMap<>();
            forms.orderedStream().forEach(form -> form.taskDefinitionKeys().forEach(key -> {
                if (found.putIfAbsent(key, form) != null) {
                    throw new IllegalStateException("任务 " + key + " 的表单由两处生成：" + found.get(key) + "、" + form);
                }
            }));
            byTaskDefinition = Map.copyOf(found);
        }
        return byTaskDefinition;
    }
}
