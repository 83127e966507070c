package cn.ecodispatch.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

/** The feature a class of the application belongs to: the package right below {@code cn.ecodispatch}. */
final class FeaturePackages {

    private static final String ROOT = "cn.ecodispatch.";

    private FeaturePackages() {
    }

    /** @return the feature's name, or null for a class outside the application's feature packages */
    static String featureOf(JavaClass type) {
        return featureOf(type.getPackageName());
    }

    static String featureOf(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return null;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
