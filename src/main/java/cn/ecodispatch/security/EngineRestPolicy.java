package cn.ecodispatch.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.security.EngineRestCall.Kind;
import cn.ecodispatch.shared.Problems;

/**
 * What a person may do through the engine's REST APIs beyond what Camunda's authorizations already decide. The
 * engine lets anyone who may work on a task also complete it with any variables, change or delete the variables
 * of the task and its process, re-assign it anywhere and move its due date; here, process facts belong to the
 * process:
 * <ul>
 * <li>a completion carries only the fields the task's form declares, of plain types, without NUL characters;</li>
 * <li>a task is handed on only to someone it is offered to; claiming, queries and one's own Tasklist filters stay
 * open; a task's comments are its history (each step, written by the system), so nobody but administrators adds,
 * changes or deletes one; every other change (variables, identity links, due dates, starts, messages,
 * modification) is for administrators, whose changes are logged here and in the engine's user operation log;</li>
 * <li>district-wide statistics and the Cockpit and Admin plugins are closed to unit staff.</li>
 * </ul>
 */
class EngineRestPolicy extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestPolicy.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PLAIN_TYPES =
            Set.of("string", "boolean", "integer", "long", "short", "double", "date", "json", "null");
    private static final Pattern NUL = Pattern.compile("\u0000|\\\\+u0000", Pattern.CASE_INSENSITIVE);

    private final EngineCaller callers;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final DeclaredFormFields formFields;
    private final String statisticsRefusal;
    private final Problems problems;

    EngineRestPolicy(EngineCaller callers, IdentityService identityService, TaskService taskService,
            DeclaredFormFields formFields, DistrictWords words, Problems problems) {
        this.callers = callers;
        this.identityService = identityService;
        this.taskService = taskService;
        this.formFields = formFields;
        this.statisticsRefusal = words.whole() + "统计数据仅对" + words.office() + "和组织部门开放";
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineRestCall> call = EngineRestCall.of(request);
        if (call.isEmpty() || call.get().kind() == Kind.READ) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user = callers.of(request);
        if (user.isEmpty()) {
            // Reads are left to the engine's own login check; a change needs a known person.
            problems.write(request, response, HttpStatus.UNAUTHORIZED, null);
            return;
        }
        HttpServletRequest forwarded = request;
        Optional<Refusal> refusal;
        try {
            if (user.get().isAdministrator()) {
                audit(user.get(), call.get());
                refusal = Optional.empty();
            } else if (call.get().kind() == Kind.COMPLETION || call.get().kind() == Kind.ASSIGNMENT) {
                CachedBodyRequest cached = new CachedBodyRequest(request);
                forwarded = cached;
                refusal = checkBody(call.get(), user.get(), parse(cached.body()));
            } else {
                refusal = check(call.get(), user.get());
            }
        } catch (CachedBodyRequest.TooLargeException e) {
            e.writeTo(problems, request, response);
            return;
        } catch (IOException e) {
            refusal = Optional.of(Refusal.badInput("请求内容不是有效的 JSON"));
        }
        if (refusal.isPresent()) {
            LOG.warn("拒绝 {} 的引擎请求 {} {}：{}", user.get().userId(), call.get().method(), call.get().path(),
                    refusal.get().message());
            refusal.get().writeTo(problems, request, response);
            return;
        }
        chain.doFilter(forwarded, response);
    }

    private static void audit(CurrentUser admin, EngineRestCall call) {
        if (call.kind() != Kind.QUERY && call.kind() != Kind.STATISTICS) {
            LOG.info("审计：管理员 {} 通过引擎接口执行 {} {}", admin.userId(), call.method(), call.path());
        }
    }

    private Optional<Refusal> check(EngineRestCall call, CurrentUser user) {
        return switch (call.kind()) {
            case QUERY, CLAIM, FILTER, OWN_ACCOUNT -> Optional.empty();
            case STATISTICS -> user.isSupervisor() ? Optional.empty()
                    : Optional.of(Refusal.forbidden(statisticsRefusal));
            case COCKPIT_OR_ADMIN_PLUGIN -> Optional.of(Refusal.forbidden("该功能仅对系统管理员开放"));
            case COMMENT -> Optional.of(Refusal.forbidden(
                    "任务的历史记录由系统按办理过程自动记载，不能另行添加；意见请填写在任务表单中"));
            case VARIABLE_WRITE -> Optional.of(Refusal.forbidden(
                    "流程数据（报送编号、单位、期限等）由流程管理，不能直接修改；如确需更正，请联系系统管理员"));
            default -> Optional.of(Refusal.forbidden("该操作只能由系统管理员执行"));
        };
    }

    private Optional<Refusal> checkBody(EngineRestCall call, CurrentUser user, JsonNode body) {
        if (containsNul(body)) {
            return Optional.of(Refusal.badInput("提交的内容含有不可见的控制字符（NUL），请删除后再提交"));
        }
        return switch (call.kind()) {
            case COMPLETION -> checkCompletion(call.taskId(), body);
            case ASSIGNMENT -> checkAssignment(call.taskId(), user, body.path("userId").asText(null));
            default -> Optional.empty();
        };
    }

    private Optional<Refusal> checkCompletion(String taskId, JsonNode body) {
        JsonNode variables = body.path("variables");
        if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
            return Optional.of(Refusal.badInput("提交的表单数据格式不正确"));
        }
        Optional<Set<String>> declared = callers.asSystem(() -> formFields.of(taskId));
        if (declared.isEmpty()) {
            return Optional.empty(); // no such task: the engine answers 404 itself
        }
        List<String> undeclared = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> variable = it.next();
            String type = variable.getValue().path("type").asText("null").toLowerCase();
            if (!PLAIN_TYPES.contains(type)) {
                return Optional.of(Refusal.badInput("字段“" + variable.getKey() + "”的数据类型不被接受"));
            }
            if (!declared.get().contains(variable.getKey())) {
                undeclared.add(variable.getKey());
            }
        }
        if (!undeclared.isEmpty()) {
            return Optional.of(Refusal.badInput("任务表单中没有这些字段，不能随任务提交：" + String.join("、", undeclared)));
        }
        return Optional.empty();
    }

    /** A task may be handed only to someone it is offered to (or taken back): never to another unit. */
    private Optional<Refusal> checkAssignment(String taskId, CurrentUser user, String assignee) {
        if (assignee == null || assignee.isBlank() || assignee.equals(user.userId())) {
            return Optional.empty();
        }
        boolean offeredToAssignee = callers.asSystem(() -> {
            List<String> offeredTo = taskService.getIdentityLinksForTask(taskId).stream()
                    .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
            return identityService.createGroupQuery().groupMember(assignee).list().stream().map(Group::getId)
                    .anyMatch(offeredTo::contains);
        });
        return offeredToAssignee ? Optional.empty()
                : Optional.of(Refusal.forbidden("只能把任务转交给该任务所属单位和岗位的人员"));
    }

    private static JsonNode parse(byte[] body) throws IOException {
        JsonNode node = body.length == 0 ? null : JSON.readTree(body);
        return node == null ? MissingNode.getInstance() : node;
    }

    private static boolean containsNul(JsonNode body) {
        return NUL.matcher(body.toString()).find();
    }
}
