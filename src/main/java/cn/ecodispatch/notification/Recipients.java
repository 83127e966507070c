package cn.ecodispatch.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.MembershipEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.ecodispatch.identity.Roles;

/**
 * Who is told: the people a task is offered to (its assignee, else its candidate users and the members of its
 * candidate groups), or a unit's staff with a copy to the office. Group members come from one read of every
 * membership, kept for a minute: a month's start offers a task to each of up to 10 000 unit groups, and a query per
 * group would be most of the notices' cost. Read from the engine's membership table directly, as the identity
 * feature's bulk reads are ({@code IdempotentIdentity}): the application keeps its accounts in the engine's database.
 */
@Component
class Recipients {

    private final JdbcTemplate jdbc;
    private final String membershipTable;
    private final Cache<Boolean, Map<String, List<String>>> membersByGroup = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    Recipients(JdbcTemplate jdbc, ManagementService management) {
        this.jdbc = jdbc;
        this.membershipTable = management.getTableName(MembershipEntity.class);
    }

    Set<String> ofTask(String assignee, Collection<? extends IdentityLink> links) {
        if (assignee != null) {
            return Set.of(assignee);
        }
        Set<String> users = new LinkedHashSet<>();
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                users.addAll(membersOf(link.getGroupId()));
            }
        }
        return users;
    }

    /** A unit's staff, and the office for its records. */
    Set<String> unitWithOfficeCopy(String unitCode) {
        Set<String> users = new LinkedHashSet<>(membersOf(unitCode));
        users.addAll(membersOf(Roles.OFFICE.groupId()));
        return users;
    }

    List<String> membersOf(String groupId) {
        return membersByGroup.get(Boolean.TRUE, all -> readMemberships()).getOrDefault(groupId, List.of());
    }

    private Map<String, List<String>> readMemberships() {
        Map<String, List<String>> members = new HashMap<>();
        jdbc.query("select GROUP_ID_, USER_ID_ from " + membershipTable + " order by USER_ID_",
                (RowCallbackHandler) row -> members.computeIfAbsent(row.getString(1), group -> new ArrayList<>())
                        .add(row.getString(2)));
        return Map.copyOf(members);
    }
}
