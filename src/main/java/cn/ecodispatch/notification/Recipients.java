package cn.ecodispatch.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.ecodispatch.identity.Roles;
import cn.ecodispatch.shared.SystemActions;

/**
 * Who is told: the people a task is offered to (its assignee, else its candidate users and the members of its
 * candidate groups), or a unit's staff with a copy to the office. Group members are read through Camunda's
 * IdentityService whatever the acting person may see of other accounts, and kept for a minute: a month's start
 * offers hundreds of tasks to the same few groups.
 */
@Component
class Recipients {

    private static final int PAGE = 500;

    private final IdentityService identity;
    private final Cache<String, List<String>> members = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    Recipients(IdentityService identity) {
        this.identity = identity;
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
        return members.get(groupId, this::lookUpMembers);
    }

    /** Paged: the engine refuses unbounded queries made while a person is signed in. */
    private List<String> lookUpMembers(String groupId) {
        return SystemActions.call(() -> {
            List<String> members = new ArrayList<>();
            List<User> page;
            do {
                page = identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
                        .listPage(members.size(), PAGE);
                page.forEach(user -> members.add(user.getId()));
            } while (page.size() == PAGE);
            return List.copyOf(members);
        });
    }
}
