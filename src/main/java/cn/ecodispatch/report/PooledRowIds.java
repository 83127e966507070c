package cn.ecodispatch.report;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 15: sequences for the rows of a report version (a row per work item, key task and indicator), so that
 * Hibernate takes their ids fifty at a time and writes a version's rows in JDBC batches instead of one
 * {@code INSERT} per row with an id made by the database: opening a month writes some seventy such rows for each
 * township. Each sequence starts past the table's highest id; Hibernate's pooled optimizer reads a value as the top
 * of a block of fifty. In Java because the start depends on the data, the same on H2 and PostgreSQL; Spring
 * Boot hands Flyway the bean.
 */
@Component
class PooledRowIds implements JavaMigration {

    /** Hibernate's default block for a sequence it names itself: the table's name and {@code _seq}. */
    static final int BLOCK = 50;
    private static final List<String> TABLES = List.of("eco_report_item_entry", "eco_report_key_task_entry",
            "eco_report_indicator_value");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("15");
    }

    @Override
    public String getDescription() {
        return "pooled ids for report rows";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long highest;
                try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    max.next();
                    highest = max.getLong(1);
                }
                statement.execute("create sequence " + table + "_seq start with " + (highest + BLOCK)
                        + " increment by " + BLOCK);
            }
        }
    }
}
