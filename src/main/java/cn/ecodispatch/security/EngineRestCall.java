package cn.ecodispatch.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request to one of the engine's REST APIs (/engine-rest, or Tasklist's /camunda/api/engine), reduced to what
 * the rules look at: the method and the path below the engine's root, with the engine name, path parameters
 * and duplicate slashes taken out, so that every spelling of the same resource is classified alike.
 */
record EngineRestCall(String method, String path, Kind kind, String taskId) {

    /** What a call does, from the rules' point of view. */
    enum Kind {
        READ, QUERY, STATISTICS, CLAIM, ASSIGNMENT, COMPLETION, COMMENT, FILTER, OWN_ACCOUNT, VARIABLE_WRITE,
        OTHER_CHANGE, COCKPIT_OR_ADMIN_PLUGIN
    }

    private static final Pattern ENGINE_ROOT =
            Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");
    private static final Pattern PLUGIN_ROOT = Pattern.compile("^/camunda/api/(?:cockpit|admin/plugin)(/.*)?$");
    /** The plugins' scripts and styles: Cockpit and Admin load them before their login page can show. */
    private static final Pattern PLUGIN_ASSET = Pattern.compile("^/camunda/api/(?:cockpit|admin)/plugin/[^/]+/static/.+$");
    private static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");
    private static final Pattern QUERIES = Pattern.compile("^(?:task|task/count|filter/[^/]+/(?:list|count|singleResult)"
            + "|(?:process-instance|execution|variable-instance)(?:/count)?|history/(?!cleanup$)[a-z-]+(?:/count)?)$");
    private static final Pattern TASK_ACTION = Pattern.compile("^task/([^/]+)/(.+)$");
    /** filter/create, and one filter's update or removal: Tasklist users keep their own filters. */
    private static final Pattern FILTER_CHANGE = Pattern.compile("^filter/[^/]+$");
    /** Tasklist's own profile page: one's name and password; the engine allows it for one's own account only. */
    private static final Pattern ACCOUNT_CHANGE = Pattern.compile("^user/[^/]+/(?:profile|credentials)$");

    static Optional<EngineRestCall> of(HttpServletRequest request) {
        String uri = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                .replaceAll("/{2,}", "/").replaceAll(";[^/]*", "");
        String method = request.getMethod().toUpperCase();
        if (PLUGIN_ROOT.matcher(uri).matches()) {
            Kind kind = PLUGIN_ASSET.matcher(uri).matches() && READS.contains(method) ? Kind.READ
                    : Kind.COCKPIT_OR_ADMIN_PLUGIN;
            return Optional.of(new EngineRestCall(method, uri, kind, null));
        }
        Matcher engine = ENGINE_ROOT.matcher(uri);
        if (!engine.matches()) {
            return Optional.empty();
        }
        String path = engine.group(1) == null ? "" : engine.group(1).replaceAll("^/|/$", "");
        Matcher task = TASK_ACTION.matcher(path);
        String taskId = task.matches() ? task.group(1) : null;
        return Optional.of(new EngineRestCall(method, path, classify(method, path, task.matches() ? task.group(2) : null),
                taskId));
    }

    static Kind classify(String method, String path, String taskAction) {
        boolean variables = path.matches("(^|.*/)(variables|localVariables)(/.*|$)");
        if (path.matches("(^|.*/)[^/]*statistics[^/]*(/.*|$)")) {
            return Kind.STATISTICS;
        }
        if (READS.contains(method)) {
            return Kind.READ;
        }
        if (variables) {
            return Kind.VARIABLE_WRITE;
        }
        if (FILTER_CHANGE.matcher(path).matches()) {
            return Kind.FILTER;
        }
        if (ACCOUNT_CHANGE.matcher(path).matches() && method.equals("PUT")) {
            return Kind.OWN_ACCOUNT;
        }
        if (!method.equals("POST")) {
            return Kind.OTHER_CHANGE;
        }
        if (QUERIES.matcher(path).matches()) {
            return Kind.QUERY;
        }
        if (taskAction == null) {
            return Kind.OTHER_CHANGE;
        }
        return switch (taskAction) {
            case "claim", "unclaim" -> Kind.CLAIM;
            case "assignee", "delegate" -> Kind.ASSIGNMENT;
            case "complete", "submit-form", "resolve" -> Kind.COMPLETION;
            case "comment/create" -> Kind.COMMENT;
            default -> Kind.OTHER_CHANGE;
        };
    }
}
