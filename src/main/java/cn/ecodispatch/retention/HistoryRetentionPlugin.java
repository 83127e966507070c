package cn.ecodispatch.retention;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import cn.ecodispatch.accountability.AccountabilityProcess;
import cn.ecodispatch.bulletin.BulletinProcess;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess;
import cn.ecodispatch.rectification.RectificationProcess;
import cn.ecodispatch.report.UnitMonthlyReportProcess;

/**
 * Offers the history level {@value ProcessFactsHistoryLevel#NAME} (chosen by {@code camunda.bpm.history-level}):
 * the process facts it keeps are the variable names each process class declares in its {@code Variables}.
 */
@Component
class HistoryRetentionPlugin extends AbstractProcessEnginePlugin {

    private static final List<Class<?>> PROCESS_VARIABLES = List.of(MonthlyDispatchProcess.Variables.class,
            UnitMonthlyReportProcess.Variables.class, RectificationProcess.Variables.class,
            AccountabilityProcess.Variables.class, BulletinProcess.Variables.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryLevels(List.of(new ProcessFactsHistoryLevel(processFacts())));
    }

    static Set<String> processFacts() {
        Set<String> names = new HashSet<>();
        for (Class<?> variables : PROCESS_VARIABLES) {
            Stream.of(variables.getFields()).filter(HistoryRetentionPlugin::isNameConstant)
                    .forEach(field -> names.add(nameIn(field)));
        }
        return names;
    }

    private static boolean isNameConstant(Field field) {
        return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
    }

    private static String nameIn(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field + " 不可读", e);
        }
    }
}
