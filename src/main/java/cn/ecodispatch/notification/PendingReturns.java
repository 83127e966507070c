package cn.ecodispatch.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.ecodispatch.shared.WorkReturned;

/**
 * Returns announced in the current transaction, until the process reaches the step the work goes back to: that
 * step's task is then announced as returned, with who returned it and why, instead of as a new task.
 */
@Component
class PendingReturns {

    private static final Object KEY = PendingReturns.class;

    @EventListener
    void remember(WorkReturned returned) {
        returns().put(returned.processInstanceId(), returned);
    }

    Optional<WorkReturned> take(String processInstanceId) {
        @SuppressWarnings("unchecked")
        Map<String, WorkReturned> pending = (Map<String, WorkReturned>) TransactionSynchronizationManager.getResource(KEY);
        return pending == null ? Optional.empty() : Optional.ofNullable(pending.remove(processInstanceId));
    }

    private static Map<String, WorkReturned> returns() {
        @SuppressWarnings("unchecked")
        Map<String, WorkReturned> pending = (Map<String, WorkReturned>) TransactionSynchronizationManager.getResource(KEY);
        if (pending == null) {
            Map<String, WorkReturned> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            return created;
        }
        return pending;
    }
}
