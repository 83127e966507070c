package cn.ecodispatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.ecodispatch.EcoDispatchTest;

@EcoDispatchTest
class PostgresGenericPlansTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyConnectionOfThePoolHasPostgresqlReuseItsPlans() {
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_generic_plan");
    }
}
