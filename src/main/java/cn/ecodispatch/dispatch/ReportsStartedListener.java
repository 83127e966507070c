package cn.ecodispatch.dispatch;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SequenceFlow_ReportsStarted (every unit's report sent), on take: has PostgreSQL analyse the tables the opening has
 * just filled. A province's 10 000 tasks, their candidate groups and variables arrive within a minute, before
 * autovacuum gets to them, and until it does the planner reads Tasklist's filters with the statistics of an almost
 * empty task table (the office's filters took 330 – 430 ms p95 in the benchmark instead of about 50), and checks
 * every completion's authorization against a grant table it believes nearly empty, walking a whole index for the
 * group check (about 1 ms instead of a few hundredths, each time). Run in a transaction of its own, so that a
 * failure costs only the statistics and never the month's progress; a table the application's account does not own
 * is skipped by PostgreSQL with a warning; other databases (H2) need nothing.
 */
@Component("reportsStartedListener")
class ReportsStartedListener implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsStartedListener.class);
    private static final String POSTGRES = "postgres";

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final ProcessEngineConfigurationImpl engine;
    private final TransactionTemplate ownTransaction;

    ReportsStartedListener(JdbcTemplate jdbc, ManagementService management, ProcessEngineConfigurationImpl engine,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.management = management;
        this.engine = engine;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!POSTGRES.equals(engine.getDatabaseType())) {
            return;
        }
        String tables = Stream.concat(Stream.of(TaskEntity.class, IdentityLinkEntity.class,
                VariableInstanceEntity.class, ExecutionEntity.class, JobEntity.class, AuthorizationEntity.class)
                .map(management::getTableName),
                Stream.of("eco_unit_report", "eco_report_version")).collect(Collectors.joining(", "));
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.execute("analyze " + tables));
        } catch (DataAccessException e) {
            LOG.warn("本月报送已全部下发，但数据库统计信息未能更新（不影响调度，待数据库自动分析）：{}", e.getMessage());
        }
    }
}
