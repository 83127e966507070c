package cn.ecodispatch.shared;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time of the system, in Shanghai. Follows the engine's clock so that tests which move the engine's time
 * (to fire timers) see the same "now" in domain data.
 */
@Component
public class Clock {

    public OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(Zones.SHANGHAI).toOffsetDateTime();
    }
}
