package cn.ecodispatch.shared;

import java.time.ZoneId;

/** The one time zone of the system: the plan's district works on Beijing time. */
public final class Zones {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
