package cn.ecodispatch.report;

import static cn.ecodispatch.report.UnitMonthlyReportProcess.Fields.DIFFICULTIES;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Fields.INDICATORS;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Fields.ITEMS;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Fields.KEY_TASKS;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Fields.NEXT_MONTH_PLAN;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Fields.SUMMARY;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.KeyTaskRole;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.catalog.WorkItem;
import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.Zones;
import cn.ecodispatch.targets.Verdict;

/**
 * The report as the Camunda Forms see it: the variables a form shows ({@code items}, {@code keyTasks},
 * {@code indicators}, the texts) and the contents read back from a submitted form, checked row by row.
 */
@Component
public class ReportForm {

    static final int TEXT_LIMIT = 4000;

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");

    private final ReportLinks links;
    private final DisplayNames names;
    private final IndicatorVerdicts verdicts;
    private final ParticipantContributions contributions;

    ReportForm(ReportLinks links, IndicatorVerdicts verdicts, ParticipantContributions contributions,
            DisplayNames names) {
        this.names = names;
        this.links = links;
        this.verdicts = verdicts;
        this.contributions = contributions;
    }

    /** What the reporting form shows: the draft, editable. */
    Map<String, Object> editable(UnitReport report, ReportVersion draft, String returnReason) {
        Map<String, Object> variables = header(report);
        variables.put("dueLabel", ReportLabels.dayBefore(report.getDueAt()));
        variables.put("returnReason", returnReason);
        variables.put("draftSavedLabel", draft.getSavedBy() == null ? null
                : draft.getSavedAt().atZoneSameInstant(Zones.SHANGHAI).format(DAY_AND_TIME) + "，"
                        + names.of(draft.getSavedBy()));
        List<ItemEntry> items = draft.getItems();
        variables.put(ITEMS.name(), FormValues.jsonVariable(numbered(items.size(), i -> {
            ItemEntry entry = items.get(i);
            WorkItem item = entry.getWorkItem();
            return guided(progressRow(itemRow(entry), entry, true), i, ReportLabels.itemReference(item));
        })));
        variables.put(KEY_TASKS.name(), keyTaskRows(draft, true));
        List<MeasureRow> measures = MeasureRow.of(draft.getIndicatorValues());
        variables.put(INDICATORS.name(), FormValues.jsonVariable(numbered(measures.size(), i -> {
            MeasureRow measure = measures.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", measure.label());
            row.put("value", measure.value());
            row.put("required", measure.valueRequired());
            row.put("percent", "%".equals(measure.measureUnit()));
            return guided(row, i, measure.name());
        })));
        putTexts(variables, draft);
        return variables;
    }

    /** What the leader's and the office's forms show: a submitted version, read-only. */
    public Map<String, Object> readOnly(UnitReport report, ReportVersion version) {
        Map<String, Object> variables = header(report);
        variables.put("submittedLabel", "第" + version.getVersionNo() + "版，"
                + version.getSubmittedAt().atZoneSameInstant(Zones.SHANGHAI).format(DAY_AND_TIME) + "，"
                + names.of(version.getSubmittedBy()));
        variables.put(ITEMS.name(), FormValues.jsonVariable(version.getItems().stream()
                .map(e -> progressRow(itemRow(e), e, false)).toList()));
        variables.put(KEY_TASKS.name(), keyTaskRows(version, false));
        Map<IndicatorValue, Verdict> verdictOf = verdicts.of(version);
        variables.put(INDICATORS.name(), FormValues.jsonVariable(MeasureRow.asReported(version.getIndicatorValues()).stream()
                .map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("label", m.label());
                    row.put("valueLabel", m.value() == null ? "未填报" : m.value().stripTrailingZeros().toPlainString()
                            + (m.measureUnit() == null ? "" : m.measureUnit()) + "（" + m.verdictLabel(verdictOf) + "）");
                    return row;
                }).toList()));
        putTexts(variables, version);
        return variables;
    }

    private static Map<String, Object> itemRow(ItemEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", ReportLabels.item(entry.getWorkItem()));
        row.put("requirement", entry.getWorkItem().getRequirement());
        return row;
    }

    /**
     * Key tasks the unit leads show beside its entry what the participating units reported this month; those it
     * takes part in name the lead units.
     */
    private TypedValue keyTaskRows(ReportVersion version, boolean editable) {
        Map<Long, String> reported = contributions.of(version);
        List<KeyTaskEntry> entries = version.getKeyTasks();
        return FormValues.jsonVariable(numbered(entries.size(), i -> {
            KeyTaskEntry e = entries.get(i);
            KeyTask task = e.getKeyTask();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", ReportLabels.keyTask(task));
            row.put("roleLabel", e.getRole().label());
            row.put("contributions", e.isLead() ? reported.get(task.getId())
                    : "本单位为参与单位，牵头单位：" + String.join("、",
                            task.unitsIn(KeyTaskRole.LEAD).stream().map(Unit::getName).toList()));
            row.put("lead", e.isLead());
            progressRow(row, e, editable);
            return editable ? guided(row, i, ReportLabels.keyTaskReference(task)) : row;
        }));
    }

    private static List<Map<String, Object>> numbered(int rows, IntFunction<Map<String, Object>> row) {
        return IntStream.range(0, rows).mapToObj(row).toList();
    }

    /**
     * What the reporting form's progress line reads besides the fields: the row's place (the target of its
     * 「尚未填完」 link) and a short name for that link. Tasklist does not send these back.
     */
    private static Map<String, Object> guided(Map<String, Object> row, int index, String reference) {
        row.put("row", index);
        row.put("ref", reference);
        return row;
    }

    /** The editable form binds the progress code, the read-only forms show its label. */
    private static Map<String, Object> progressRow(Map<String, Object> row, ProgressEntry entry, boolean editable) {
        Progress progress = entry.getProgress();
        if (editable) {
            row.put("progress", progress == null ? null : progress.name());
        } else {
            row.put("progressLabel", progress == null ? "" : progress.label());
        }
        row.put("workDone", entry.getWorkDone());
        row.put("problems", entry.getProblems());
        return row;
    }

    private Map<String, Object> header(UnitReport report) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportPageUrl", links.reportPage(report));
        return variables;
    }

    private static void putTexts(Map<String, Object> variables, ReportVersion version) {
        variables.put(SUMMARY.name(), version.getSummary());
        variables.put(DIFFICULTIES.name(), version.getDifficulties());
        variables.put(NEXT_MONTH_PLAN.name(), version.getNextMonthPlan());
    }

    /**
     * Reads a submitted reporting form against the draft it was shown. Tasklist sends back only the fields a form
     * binds, so rows are matched by position and checked by their label; nothing outside the unit's lists is taken.
     * An indicator row stands for one measured quantity: its value is recorded for each of its indicators.
     */
    ReportContents read(ReportVersion draft, JsonNode items, JsonNode keyTasks, JsonNode indicators, String summary,
            String difficulties, String nextMonthPlan) {
        List<ItemEntry> shownItems = draft.getItems();
        List<KeyTaskEntry> shownKeyTasks = draft.getKeyTasks();
        List<MeasureRow> shownIndicators = MeasureRow.of(draft.getIndicatorValues());
        checkRows(items, shownItems.size(), ITEMS.name(), i -> ReportLabels.item(shownItems.get(i).getWorkItem()));
        checkRows(keyTasks, shownKeyTasks.size(), KEY_TASKS.name(), i -> ReportLabels.keyTask(shownKeyTasks.get(i).getKeyTask()));
        checkRows(indicators, shownIndicators.size(), INDICATORS.name(), i -> shownIndicators.get(i).label());
        List<ReportContents.Item> itemEntries = new ArrayList<>();
        for (int i = 0; i < shownItems.size(); i++) {
            WorkItem item = shownItems.get(i).getWorkItem();
            Work work = work(items.path(i), ITEMS.name(), ReportLabels.item(item));
            itemEntries.add(new ReportContents.Item(item, work.progress(), work.workDone(), work.problems()));
        }
        List<ReportContents.KeyTaskWork> keyTaskEntries = new ArrayList<>();
        for (int i = 0; i < shownKeyTasks.size(); i++) {
            KeyTaskEntry shown = shownKeyTasks.get(i);
            Work work = work(keyTasks.path(i), KEY_TASKS.name(), ReportLabels.keyTask(shown.getKeyTask()));
            keyTaskEntries.add(new ReportContents.KeyTaskWork(shown.getKeyTask(), shown.getRole(), work.progress(),
                    work.workDone(), work.problems()));
        }
        List<ReportContents.IndicatorEntry> indicatorEntries = new ArrayList<>();
        for (int i = 0; i < shownIndicators.size(); i++) {
            indicatorEntries.addAll(shownIndicators.get(i).entered(text(indicators.path(i), "value")));
        }
        return new ReportContents(itemEntries, keyTaskEntries, indicatorEntries,
                FormValues.limited(summary, SUMMARY),
                FormValues.limited(difficulties, DIFFICULTIES),
                FormValues.limited(nextMonthPlan, NEXT_MONTH_PLAN));
    }

    private record Work(Progress progress, String workDone, String problems) {
    }

    /** One row's progress, work done and problems; a refusal names the row, e.g. 重点任务第8项 … 的“存在问题”. */
    private static Work work(JsonNode row, String list, String rowLabel) {
        String progressText = text(row, "progress");
        Progress progress = Progress.parse(progressText);
        if (progressText != null && progress == null) {
            throw new InvalidInputException(list + ".progress",
                    rowLabel + "：进展状态应为 " + Progress.allowedLabels() + " 之一");
        }
        return new Work(progress, limited(text(row, "workDone"), list + ".workDone", rowLabel, "本月完成情况"),
                limited(text(row, "problems"), list + ".problems", rowLabel, "存在问题"));
    }

    private static String limited(String text, String field, String rowLabel, String fieldLabel) {
        if (text != null && text.length() > TEXT_LIMIT) {
            throw new InvalidInputException(field, rowLabel + "的“" + fieldLabel + "”不能超过 " + TEXT_LIMIT + " 个字");
        }
        return text;
    }

    /** An empty list is not submitted at all; otherwise the rows must be the ones shown, in order. */
    private static void checkRows(JsonNode rows, int expected, String field, IntFunction<String> label) {
        if (rows.isMissingNode() && expected == 0) {
            return;
        }
        boolean matches = rows.isArray() && rows.size() == expected;
        for (int i = 0; matches && i < expected; i++) {
            String shown = text(rows.get(i), "label");
            matches = shown == null || shown.equals(label.apply(i));
        }
        if (!matches) {
            throw new InvalidInputException(field, "表单内容与本单位清单不符（清单可能已更新），请刷新任务表单后重试");
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.path(field);
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
