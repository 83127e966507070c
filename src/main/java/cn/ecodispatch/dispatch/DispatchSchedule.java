package cn.ecodispatch.dispatch;

import org.springframework.stereotype.Component;

/** Gives the timer start event of {@code monthly-dispatch} its cron: {@code ${dispatchSchedule.cron}}. */
@Component("dispatchSchedule")
public class DispatchSchedule {

    private final DispatchSettings settings;

    DispatchSchedule(DispatchSettings settings) {
        this.settings = settings;
    }

    public String getCron() {
        return settings.cron();
    }
}
