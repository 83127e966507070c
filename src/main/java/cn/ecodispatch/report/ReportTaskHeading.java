package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.history.TaskHistory;
import cn.ecodispatch.shared.TaskTitles;

/** What every task of a report shows above its form: the unit and month in its name, and the report's 历史 tab. */
@Component
public class ReportTaskHeading {

    private final ReportHistory history;
    private final TaskHistory taskHistory;
    private final DistrictWords words;

    ReportTaskHeading(ReportHistory history, TaskHistory taskHistory, DistrictWords words) {
        this.history = history;
        this.taskHistory = taskHistory;
        this.words = words;
    }

    public void showOn(DelegateTask task, UnitReport report) {
        TaskTitles.nameForUnit(task, report.getUnit().getName(), words.kindLabel(report.getUnit().getKind()),
                report.getCycle().getPeriod().label());
        taskHistory.showOn(task, history.of(report));
    }
}
