package cn.ecodispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import cn.ecodispatch.EcoDispatchTest;

/**
 * Upgrading a database that already holds reports: given a report returned once (versions 1 and 2 submitted, 3 a
 * draft) and a report never submitted, when migration 20 adds the reports' latest submitted version, then the first
 * names its version 2 and the second none — so the leader, the office and the month's figures read what they read
 * before the upgrade. Run on PostgreSQL, in a schema of its own.
 */
@EcoDispatchTest
class LatestSubmittedVersionUpgradeTest {

    private static final String SCHEMA = "upgrade_latest_submitted";

    @Autowired
    DataSource dataSource;

    @Test
    void each_report_names_its_highest_submitted_version_after_the_upgrade() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + SCHEMA);
            try {
                statement.execute("set search_path to " + SCHEMA);
                statement.execute("create table eco_unit_report (id bigint primary key)");
                statement.execute("create table eco_report_version (id bigint primary key,"
                        + " report_id bigint not null references eco_unit_report (id), version_no integer not null,"
                        + " state varchar(16) not null)");
                statement.execute("insert into eco_unit_report (id) values (1), (2)");
                statement.execute("insert into eco_report_version (id, report_id, version_no, state) values"
                        + " (11, 1, 1, 'SUBMITTED'), (12, 1, 2, 'SUBMITTED'), (13, 1, 3, 'DRAFT'), (21, 2, 1, 'DRAFT')");

                ScriptUtils.executeSqlScript(connection,
                        new ClassPathResource("db/migration/V20__report_latest_submitted_version.sql"));

                assertThat(latestSubmittedByReport(statement)).containsExactly(Map.entry(1L, 12L), Map.entry(2L, 0L));
            } finally {
                statement.execute("reset search_path");
                statement.execute("drop schema " + SCHEMA + " cascade");
            }
        }
    }

    /** By report id, its latest submitted version's id (0 for none). */
    private static Map<Long, Long> latestSubmittedByReport(Statement statement) throws Exception {
        Map<Long, Long> latest = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery(
                "select id, latest_submitted_version_id from eco_unit_report order by id")) {
            while (rows.next()) {
                latest.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return latest;
    }
}
