package cn.ecodispatch.shared;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the form of a kind of task shows, built from the domain tables whenever someone opens it (Tasklist's
 * {@code GET task/{id}/form-variables}, {@code FormService#getTaskFormVariables}) instead of being stored on the task
 * when it is created. Nothing is written, so a form shows the record as it is at that moment and a task costs
 * nothing until someone looks at it; see {@link FormsBuiltOnOpening}.
 */
public interface FormOnOpening {

    /** The ids of the BPMN user tasks whose forms this builds. */
    Set<String> taskDefinitionKeys();

    /**
     * The form's values by field name: texts, labels, and JSON lists ({@link FormValues#jsonVariable}). Called inside
     * the engine's command once it has checked that the caller may read the task's variables; reads only.
     */
    Map<String, Object> valuesFor(DelegateTask task);
}
