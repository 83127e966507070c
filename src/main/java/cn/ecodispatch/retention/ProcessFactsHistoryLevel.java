package cn.ecodispatch.retention;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's history at level FULL, less the copies of what people read and typed: of the variables it keeps only
 * the process facts the process classes declare (ids, unit, period, due dates, decisions that route). A form's
 * contents (task variables set for display, fields submitted and moved into the domain tables) never reach the
 * history tables; the domain tables are the record. Kept by name, so that a variable is recorded or not for its
 * whole life. It keeps FULL's id, so a database started at FULL carries on without a migration.
 */
final class ProcessFactsHistoryLevel extends HistoryLevelFull {

    static final String NAME = "full-without-form-contents";

    private final Set<String> processFacts;

    ProcessFactsHistoryLevel(Set<String> processFacts) {
        this.processFacts = Set.copyOf(processFacts);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (entity instanceof VariableInstanceEntity variable) {
            return isProcessFact(variable.getName(), variable.getTaskId());
        }
        if (entity instanceof HistoricVariableUpdateEventEntity update) {
            return isProcessFact(update.getVariableName(), update.getTaskId());
        }
        return super.isHistoryEventProduced(eventType, entity);
    }

    private boolean isProcessFact(String name, String taskId) {
        return taskId == null && processFacts.contains(name);
    }
}
