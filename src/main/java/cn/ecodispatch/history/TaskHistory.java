package cn.ecodispatch.history;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Event;
import org.springframework.stereotype.Component;

import cn.ecodispatch.identity.DisplayNames;

/**
 * Puts the earlier steps of a record on a new task as comments, which is what Tasklist's 历史 tab lists. The tab
 * shows only the comments of the task itself, so each new task carries the whole history so far; each comment keeps
 * the time and the person of its step (the engine's own comment command would stamp now and the current user).
 * Written in the transaction that creates the task, which is the one of the decision that led to it.
 */
@Component
public class TaskHistory {

    /** The engine keeps a one-line version of each comment besides the full text, cut at this length. */
    private static final int SHORT_MESSAGE_LENGTH = 160;

    private final DisplayNames names;

    TaskHistory(DisplayNames names) {
        this.names = names;
    }

    public void showOn(DelegateTask task, List<HistoryEntry> entries) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        entries.stream().sorted(Comparator.comparing(HistoryEntry::at)).forEach(entry -> {
            String text = names.of(entry.userId()) + " " + entry.text();
            CommentEntity comment = new CommentEntity();
            comment.setType(CommentEntity.TYPE_COMMENT);
            comment.setAction(Event.ACTION_ADD_COMMENT);
            comment.setUserId(entry.userId());
            comment.setTime(Date.from(entry.at().toInstant()));
            comment.setTaskId(task.getId());
            comment.setProcessInstanceId(task.getProcessInstanceId());
            comment.setRootProcessInstanceId(execution.getRootProcessInstanceId());
            String oneLine = text.replaceAll("\\s+", " ");
            comment.setMessage(oneLine.length() > SHORT_MESSAGE_LENGTH
                    ? oneLine.substring(0, SHORT_MESSAGE_LENGTH) + "…" : oneLine);
            comment.setFullMessage(text);
            Context.getCommandContext().getCommentManager().insert(comment);
        });
    }
}
