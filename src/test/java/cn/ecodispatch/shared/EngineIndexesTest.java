package cn.ecodispatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.ecodispatch.EcoDispatchTest;

@EcoDispatchTest
class EngineIndexesTest {

    @Autowired
    EngineIndexes engineIndexes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStartedApplicationFindsATasksSubtasksByIndexAndARestartAddsNothing() {
        engineIndexes.run(null);

        assertThat(indexesOnTheParentTask()).containsExactly("eco_ix_act_task_parent");
    }

    private List<String> indexesOnTheParentTask() {
        return jdbc.queryForList("""
                select indexname from pg_indexes
                where tablename = 'act_ru_task' and indexdef like '%(parent_task_id_)%'""", String.class);
    }
}
