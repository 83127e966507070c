package cn.ecodispatch.shared;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Follow-up work the system does on its own account while a person's action is being carried out: starting the
 * rectification a review calls for, telling the month that its last report closed, asking the decision table.
 * Those steps must not depend on the rights of whoever happened to complete the task.
 */
public final class SystemActions {

    private SystemActions() {
    }

    public static <T> T call(Callable<T> action) {
        CommandContext context = Context.getCommandContext();
        try {
            return context == null ? action.call() : context.runWithoutAuthorization(action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
