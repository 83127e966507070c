package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import cn.ecodispatch.security.EngineRestCall.Kind;

/** How the engine REST policy reads a request: every spelling of a path lands on the same rule. */
class EngineRestCallTest {

    private static Kind kindOf(String method, String servletPath, String pathInfo) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, servletPath + pathInfo);
        request.setServletPath(servletPath);
        request.setPathInfo(pathInfo);
        return EngineRestCall.of(request).map(EngineRestCall::kind).orElse(null);
    }

    @ParameterizedTest(name = "{0} {1}{2} → {3}")
    @CsvSource({
            "GET,    /engine-rest,     /task,                                      READ",
            "POST,   /engine-rest,     /task,                                      QUERY",
            "POST,   /engine-rest,     /filter/f1/list,                            QUERY",
            "POST,   /engine-rest,     /history/task/count,                        QUERY",
            "POST,   /engine-rest,     /history/cleanup,                           OTHER_CHANGE",
            "POST,   /engine-rest,     /history/process-instance/delete,           OTHER_CHANGE",
            "GET,    /engine-rest,     /process-definition/statistics,             STATISTICS",
            "GET,    /engine-rest,     /process-definition/key/k/statistics,       STATISTICS",
            "POST,   /engine-rest,     /task/t1/claim,                             CLAIM",
            "POST,   /engine-rest,     /task/t1/assignee,                          ASSIGNMENT",
            "POST,   /engine-rest,     /task/t1/delegate,                          ASSIGNMENT",
            "POST,   /engine-rest,     /task/t1/complete,                          COMPLETION",
            "POST,   /engine-rest,     /engine/default/task/t1/submit-form,        COMPLETION",
            "POST,   /engine-rest,     //task//t1/resolve/,                        COMPLETION",
            "POST,   /camunda/api,     /engine/engine/default/task/t1/submit-form, COMPLETION",
            "POST,   /engine-rest,     /task/t1/comment/create,                    COMMENT",
            "POST,   /engine-rest,     /filter/create,                             FILTER",
            "PUT,    /engine-rest,     /filter/f1,                                 FILTER",
            "PUT,    /engine-rest,     /user/daying-reporter/credentials,          OWN_ACCOUNT",
            "PUT,    /engine-rest,     /task/t1/variables/dueAt,                   VARIABLE_WRITE",
            "DELETE, /engine-rest,     /task/t1/localVariables/x,                  VARIABLE_WRITE",
            "POST,   /engine-rest,     /process-instance/p1/variables,             VARIABLE_WRITE",
            "POST,   /engine-rest,     /execution/e1/localVariables,               VARIABLE_WRITE",
            "PUT,    /engine-rest,     /task/t1,                                   OTHER_CHANGE",
            "POST,   /engine-rest,     /task/t1/identity-links,                    OTHER_CHANGE",
            "POST,   /engine-rest,     /process-instance/p1/modification,          OTHER_CHANGE",
            "POST,   /engine-rest,     /message,                                   OTHER_CHANGE",
            "POST,   /engine-rest,     /process-definition/key/k/start,            OTHER_CHANGE",
            "GET,    /camunda/api,     /cockpit/plugin/base/default/process-definition/statistics-count, COCKPIT_OR_ADMIN_PLUGIN",
            "GET,    /camunda/api,     /admin/plugin/adminPlugins/default/x,       COCKPIT_OR_ADMIN_PLUGIN",
            "GET,    /camunda/api,     /cockpit/plugin/cockpitPlugins/static/app/plugin.js, READ",
            "GET,    /camunda/api,     /admin/plugin/adminPlugins/static/app/plugin.css,    READ",
            "POST,   /camunda/api,     /cockpit/plugin/cockpitPlugins/static/app/plugin.js, COCKPIT_OR_ADMIN_PLUGIN"
    })
    void classifies(String method, String servletPath, String pathInfo, Kind expected) {
        assertThat(kindOf(method, servletPath, pathInfo)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"/camunda/api, /admin/auth/user/default/login/tasklist", "/api, /reports/1"})
    void leaves_other_paths_to_their_own_guards(String servletPath, String pathInfo) {
        assertThat(kindOf("POST", servletPath, pathInfo)).isNull();
    }
}
