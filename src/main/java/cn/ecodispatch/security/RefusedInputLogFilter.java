package cn.ecodispatch.security;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

import cn.ecodispatch.shared.ConflictException;
import cn.ecodispatch.shared.ForbiddenException;
import cn.ecodispatch.shared.InvalidInputException;

/**
 * Keeps a person's refused input out of the error log. When a listener refuses a completion, the engine logs the
 * exception as an ERROR with its stack trace while rolling back; the refusal itself is already logged as one WARN
 * line by the filter that answers the person ({@link EngineErrorResponseFilter}). Installed by logback-spring.xml.
 */
public class RefusedInputLogFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (!logger.getName().startsWith("org.camunda.bpm.engine") || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        if (isRefusal(t)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable thrown && isRefusal(thrown)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean isRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ForbiddenException
                    || cause instanceof ConflictException) {
                return true;
            }
        }
        return false;
    }
}
