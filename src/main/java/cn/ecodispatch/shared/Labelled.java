package cn.ecodispatch.shared;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A value users see by its Chinese name. The names live in one place, {@code labels.properties}, keyed by the
 * type's name within its package and the constant (e.g. {@code ReportDecision.Outcome.RETURNED}).
 */
public interface Labelled {

    String name();

    default String label() {
        Class<?> type = ((Enum<?>) this).getDeclaringClass();
        String key = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.') + "." + name();
        try {
            return Names.BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("labels.properties 中缺少 " + key, e);
        }
    }

    /** Holder of the bundle, loaded once (properties files are read as UTF-8). */
    final class Names {
        private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("labels");

        private Names() {
        }
    }
}
