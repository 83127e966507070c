package cn.ecodispatch.report;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that gives tables whose ids the database made a sequence each, so that Hibernate takes their ids fifty
 * at a time and writes new rows in JDBC batches. Each sequence starts past the table's highest id; Hibernate's pooled
 * optimizer reads a value as the top of a block of fifty. In Java because the start depends on the data, the same on
 * H2 and PostgreSQL; Spring Boot hands Flyway the beans.
 */
abstract class PooledIds implements JavaMigration {

    /** Hibernate's default block for a sequence it names itself: the table's name and {@code _seq}. */
    static final int BLOCK = 50;

    private final String version;
    private final String description;
    private final List<String> tables;

    PooledIds(String version, String description, List<String> tables) {
        this.version = version;
        this.description = description;
        this.tables = tables;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
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
            for (String table : tables) {
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
