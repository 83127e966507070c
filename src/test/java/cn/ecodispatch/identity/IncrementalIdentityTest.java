package cn.ecodispatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import cn.ecodispatch.EcoDispatchTest;

/**
 * Identities are provisioned incrementally: a second provisioning reads a few lists and writes nothing, and a unit
 * added to the catalogue in between gets its own groups, accounts and memberships and the engine's authorizations
 * for them, nothing else. Its own engine name gives this class an application context and a database of its own, so
 * the units it adds never reach another test.
 */
@EcoDispatchTest
// Its own engine name: under "default" this context's engine would serve the REST API of every later test. (No
// hyphen: Camunda ignores a name with one and falls back to "default".)
@TestPropertySource(properties = "camunda.bpm.process-engine-name=identities")
class IncrementalIdentityTest {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalIdentityTest.class);
    private static final int SYNTHETIC_UNITS = 500;

    @Autowired
    IdentityProvisioner provisioner;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_unit_added_between_two_provisionings_gets_exactly_its_own_groups_accounts_and_authorizations() {
        provisioner.provision();
        Set<String> before = rows();

        addTownships("xinzhen", "新增镇", 1);
        IdempotentIdentity.Written written = provisioner.provision();

        Set<String> added = new HashSet<>(rows());
        added.removeAll(before);
        assertThat(added).containsExactlyInAnyOrder(
                "group xinzhen 新增镇 UNIT rev 1",
                "group xinzhen-leaders 新增镇单位负责人 UNIT rev 1",
                "user xinzhen-reporter 新增镇 填报员 rev 1",
                "user xinzhen-leader 新增镇 负责人 rev 1",
                "member xinzhen-reporter xinzhen", "member xinzhen-reporter reporter",
                "member xinzhen-leader xinzhen", "member xinzhen-leader xinzhen-leaders", "member xinzhen-leader leader",
                "auth group xinzhen on 2 xinzhen perms 2 rev 1",
                "auth group xinzhen-leaders on 2 xinzhen-leaders perms 2 rev 1",
                "auth user xinzhen-reporter on 1 xinzhen-reporter perms 2147483647 rev 1",
                "auth user xinzhen-leader on 1 xinzhen-leader perms 2147483647 rev 1");
        assertThat(rows()).as("原有的行一行未改").containsAll(before);
        assertThat(written).isEqualTo(new IdempotentIdentity.Written(2, 2, 5, 0));
    }

    @Test
    void provisioning_five_hundred_more_units_twice_writes_nothing_the_second_time() {
        addTownships("synthetic", "模拟镇", SYNTHETIC_UNITS);
        long start = System.nanoTime();
        IdempotentIdentity.Written first = provisioner.provision();
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(first.groups()).isEqualTo(2 * SYNTHETIC_UNITS);
        Set<String> afterFirst = rows();

        start = System.nanoTime();
        IdempotentIdentity.Written second = provisioner.provision();
        long secondMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("为 {} 个模拟单位开通身份：首次 {} ms，再次 {} ms", SYNTHETIC_UNITS, firstMillis, secondMillis);

        assertThat(second.nothing()).as("再次开通没有写入：" + second).isTrue();
        assertThat(rows()).isEqualTo(afterFirst);
    }

    private void addTownships(String codePrefix, String namePrefix, int count) {
        jdbc.batchUpdate("insert into eco_unit (code, name, kind, town_kind) values (?, ?, 'TOWNSHIP', '镇')",
                IntStream.rangeClosed(1, count).mapToObj(i -> count == 1 ? new Object[] {codePrefix, namePrefix}
                        : new Object[] {codePrefix + i, namePrefix + i}).toList());
    }

    /** Every row of Camunda's identity, authorization and filter tables with its revision, in a comparable form. */
    private Set<String> rows() {
        Set<String> rows = new HashSet<>();
        for (String select : List.of(
                "select 'group ' || ID_ || ' ' || NAME_ || ' ' || TYPE_ || ' rev ' || REV_ from ACT_ID_GROUP",
                "select 'user ' || ID_ || ' ' || FIRST_ || ' ' || LAST_ || ' rev ' || REV_ from ACT_ID_USER",
                "select 'member ' || USER_ID_ || ' ' || GROUP_ID_ from ACT_ID_MEMBERSHIP",
                "select 'auth ' || coalesce('group ' || GROUP_ID_, 'user ' || USER_ID_) || ' on ' || RESOURCE_TYPE_"
                        + " || ' ' || RESOURCE_ID_ || ' perms ' || PERMS_ || ' rev ' || REV_ from ACT_RU_AUTHORIZATION",
                "select 'filter ' || NAME_ || ' rev ' || REV_ from ACT_RU_FILTER")) {
            rows.addAll(jdbc.queryForList(select, String.class));
        }
        return rows;
    }
}
