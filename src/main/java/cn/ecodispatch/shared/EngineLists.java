package cn.ecodispatch.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine configuration's lists of custom parts (parse listeners, command interceptors, session factories) are
 * null until a plugin sets one, and another plugin may have set it first: a plugin adds its part to what is there.
 */
public final class EngineLists {

    private EngineLists() {
    }

    /** A new list: the configured parts, if any, then the added one. */
    public static <T> List<T> with(List<? extends T> configured, T added) {
        List<T> parts = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
        parts.add(added);
        return parts;
    }
}
