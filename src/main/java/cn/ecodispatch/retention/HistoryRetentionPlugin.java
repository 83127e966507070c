package cn.ecodispatch.retention;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import cn.ecodispatch.accountability.AccountabilityProcess;
import cn.ecodispatch.bulletin.BulletinProcess;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess;
import cn.ecodispatch.rectification.RectificationProcess;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.shared.ProcessVariable;
import cn.ecodispatch.supervision.SupervisionMeasureDecision;

/**
 * Offers the history level {@value ProcessFactsHistoryLevel#NAME} (chosen by {@code camunda.bpm.history-level}):
 * the process facts it keeps are the variables each process class declares as facts (see {@link ProcessVariable}).
 */
@Component
class HistoryRetentionPlugin extends AbstractProcessEnginePlugin {

    /** The classes that declare the processes' variables; their facts are what the history keeps. */
    static final List<Class<?>> PROCESS_CLASSES = List.of(MonthlyDispatchProcess.class,
            UnitMonthlyReportProcess.class, RectificationProcess.class, SupervisionMeasureDecision.class,
            AccountabilityProcess.class, BulletinProcess.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryLevels(List.of(new ProcessFactsHistoryLevel(processFacts())));
    }

    static Set<String> processFacts() {
        return PROCESS_CLASSES.stream().flatMap(type -> ProcessVariable.declaredIn(type).stream())
                .filter(ProcessVariable::isFact).map(ProcessVariable::name).collect(Collectors.toSet());
    }
}
