package cn.ecodispatch.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * People by their names where pages and documents show who did something: the user's name as Admin holds it
 * (e.g. 大营镇 填报员) instead of the login id. Names are read whatever the viewer's rights on user accounts, and kept
 * for a few minutes.
 */
@Component
public class DisplayNames {

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final Cache<String, String> names = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    DisplayNames(IdentityService identity, ProcessEngineConfigurationImpl engine) {
        this.identity = identity;
        this.engine = engine;
    }

    /** The person's name; a system actor (定时任务) or an unknown id as it is; null stays null. */
    public String of(String userId) {
        return userId == null ? null : names.get(userId, this::lookUp);
    }

    private String lookUp(String userId) {
        User user = engine.getCommandExecutorTxRequired().execute(context -> context
                .runWithoutAuthorization(() -> identity.createUserQuery().userId(userId).singleResult()));
        if (user == null) {
            return userId;
        }
        String name = Stream.of(user.getFirstName(), user.getLastName()).filter(Objects::nonNull)
                .map(String::strip).filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
        return name.isEmpty() ? userId : name;
    }
}
