package cn.ecodispatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.ecodispatch.EcoDispatchTest;

@EcoDispatchTest
class AuthorizationCheckPlansTest {

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theEnginesAuthorizationCheckIsPlannedOnceOnAConnectionAndNothingElseChangesHowItIsPlanned() {
        transaction.executeWithoutResult(status -> {
            // One transaction: the checks and the questions below share a connection, whose prepared statements
            // PostgreSQL lists. The driver prepares a statement on the server from its fifth execution on.
            for (int i = 0; i < 12; i++) {
                authorizations.isUserAuthorized("plans-clerk", List.of("plans-unit"), Permissions.READ,
                        Resources.TASK, "task-" + i);
            }

            Map<String, Object> check = jdbc.queryForMap("""
                    select sum(generic_plans) as generic, sum(custom_plans) as custom from pg_prepared_statements
                    where statement ~ 'CASE\\s+WHEN\\s+EXISTS' and statement like '%ACT_RU_AUTHORIZATION%'""");
            assertThat(((Number) check.get("generic")).longValue()).isPositive();
            assertThat(((Number) check.get("custom")).longValue()).isZero();
            assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
        });
    }
}
