package cn.ecodispatch.shared;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indexes the application adds to Camunda's own tables, for reads the engine makes on every task completion that
 * its schema leaves to a scan of the whole table. Flyway's migrations cannot count on Camunda's tables existing yet
 * (on an empty database the engine may create them after Flyway has run), so the indexes are added here, at every
 * start, under a startup lock; {@code if not exists} makes a restart write nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class EngineIndexes implements ApplicationRunner {

    /**
     * Completing a task reads its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}); with a
     * province's month open that is a scan of 10 000 and more open tasks, three times per report.
     */
    static final List<String> CREATED = List.of(
            "create index if not exists eco_ix_act_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)");

    private final StartupLock lock;
    private final JdbcTemplate jdbc;

    EngineIndexes(StartupLock lock, JdbcTemplate jdbc) {
        this.lock = lock;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.acquire("engine-indexes");
        CREATED.forEach(jdbc::execute);
    }
}
