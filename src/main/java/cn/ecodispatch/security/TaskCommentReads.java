package cn.ecodispatch.security;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.shared.Problems;

/**
 * A task's comments, which Tasklist's 历史 tab lists: the engine lets only holders of READ_HISTORY on a whole
 * process definition read them (others got an empty tab) and then reads any task's comments without a further
 * check. Here the people a task is offered to (its unit's group, its assignee) and the supervisors read the
 * comments of an open task, each under the person's name; nobody else learns whether the task exists.
 * Administrators keep the engine's own answer.
 */
class TaskCommentReads extends OncePerRequestFilter {

    private static final Pattern COMMENTS = Pattern.compile("^task/([^/]+)/comment(?:/([^/]+))?$");
    private static final ObjectMapper JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    private final EngineCaller callers;
    private final TaskService taskService;
    private final DisplayNames names;
    private final Problems problems;

    TaskCommentReads(EngineCaller callers, TaskService taskService, DisplayNames names, Problems problems) {
        this.callers = callers;
        this.taskService = taskService;
        this.names = names;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineRestCall> call = EngineRestCall.of(request);
        Matcher comments = call.filter(c -> c.method().equals("GET")).map(c -> COMMENTS.matcher(c.path()))
                .filter(Matcher::matches).orElse(null);
        Optional<CurrentUser> user = comments == null ? Optional.empty() : callers.of(request);
        if (user.isEmpty() || user.get().isAdministrator()) {
            chain.doFilter(request, response); // not a comment read, or the engine's own login check and answer
            return;
        }
        String taskId = comments.group(1);
        String commentId = comments.group(2);
        if (!callers.asSystem(() -> mayRead(user.get(), taskId))) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "任务不存在或您无权查看");
            return;
        }
        List<CommentDto> found = callers.asSystem(() -> taskService.getTaskComments(taskId)).stream()
                .filter(c -> commentId == null || c.getId().equals(commentId)).map(this::named).toList();
        if (commentId != null && found.isEmpty()) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "该任务没有这条历史记录");
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), commentId == null ? found : found.get(0));
    }

    /** Tasklist shows the comment's user beside it: the person's name, not the login id. */
    private CommentDto named(Comment comment) {
        CommentDto dto = CommentDto.fromComment(comment);
        dto.setUserId(names.of(comment.getUserId()));
        return dto;
    }

    private boolean mayRead(CurrentUser user, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return false;
        }
        if (user.isSupervisor() || user.userId().equals(task.getAssignee())) {
            return true;
        }
        return taskService.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).anyMatch(user::isMemberOf);
    }
}
