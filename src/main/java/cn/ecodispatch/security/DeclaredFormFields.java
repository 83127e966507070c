package cn.ecodispatch.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a task's Camunda Form can submit: the keys of its fields and the paths of its dynamic lists and
 * groups, top level only (a list's columns travel inside the list). Read from the form deployed with the task's
 * process definition, once per task definition.
 */
@Component
class DeclaredFormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService taskService;
    private final FormService formService;
    private final Map<String, Set<String>> byTaskDefinition = new ConcurrentHashMap<>();

    DeclaredFormFields(TaskService taskService, FormService formService) {
        this.taskService = taskService;
        this.formService = formService;
    }

    /** Empty when the task does not exist (the engine answers that itself); call without an authenticated user. */
    Optional<Set<String>> of(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        return Optional.of(byTaskDefinition.computeIfAbsent(
                task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> read(taskId)));
    }

    private Set<String> read(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            Set<String> names = new TreeSet<>();
            collect(JSON.readTree(form).path("components"), names);
            return Set.copyOf(names);
        } catch (BadUserRequestException e) {
            return Set.of(); // a task without a deployed form declares nothing
        } catch (IOException e) {
            throw new IllegalStateException("无法读取任务 " + taskId + " 的表单定义", e);
        }
    }

    private static void collect(JsonNode components, Set<String> names) {
        for (JsonNode component : components) {
            String path = component.path("path").asText("");
            String key = component.path("key").asText("");
            if (!path.isEmpty()) {
                names.add(firstSegment(path));
            } else {
                if (!key.isEmpty()) {
                    names.add(firstSegment(key));
                }
                collect(component.path("components"), names);
            }
        }
    }

    private static String firstSegment(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }
}
