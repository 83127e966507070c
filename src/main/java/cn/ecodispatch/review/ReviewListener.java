package cn.ecodispatch.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.ReportDecision.Outcome;
import cn.ecodispatch.report.ReportForm;
import cn.ecodispatch.report.ReportTaskContext;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Fields;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Variables;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.WorkReturned;

/**
 * Task_ReviewReport (创建办审核), on complete: records the office's decision; for problems found, opens one
 * rectification each and hands their ids to the process, which starts them.
 */
@Component("reviewListener")
class ReviewListener implements TaskListener {

    private final ReportTaskContext context;
    private final ReviewService review;
    private final ApplicationEventPublisher events;

    ReviewListener(ReportTaskContext context, ReviewService review, ApplicationEventPublisher events) {
        this.context = context;
        this.review = review;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome outcome = Decisions.outcome(task, Variables.REVIEW_OUTCOME);
        String reason = switch (outcome) {
            case RETURNED -> FormValues.requiredText(task, Fields.REVIEW_REASON);
            default -> FormValues.optionalText(task, Fields.REVIEW_COMMENT);
        };
        List<ReviewService.Problem> problems = outcome == Outcome.APPROVED_WITH_PROBLEMS
                ? problems(FormValues.json(task, Fields.PROBLEMS)) : List.of();
        List<Rectification> opened = review.review(context.reportCompleting(task), outcome, reason, problems,
                FormValues.currentUser(task));
        if (outcome == Outcome.RETURNED) {
            events.publishEvent(WorkReturned.from(task, reason));
        }
        FormValues.discard(task, Fields.REVIEW_REASON, Fields.REVIEW_COMMENT, Fields.PROBLEMS);
        FormValues.discard(task, Fields.REPORT);
        Variables.RECTIFICATION_IDS.setOn(task.getExecution(), opened.stream().map(r -> String.valueOf(r.getId())).collect(Collectors.joining(",")));
    }

    private static List<ReviewService.Problem> problems(JsonNode rows) {
        List<ReviewService.Problem> problems = new ArrayList<>();
        int number = 0;
        for (JsonNode row : rows) {
            if (isBlank(row)) {
                continue; // the form always offers one empty row
            }
            number++;
            String label = "第" + number + "个问题";
            String problem = required(row, "problem", label + "的“问题”", 2000);
            String requirement = required(row, "requirement", label + "的“整改要求”", 2000);
            String deadline = required(row, "deadline", label + "的“整改期限”", 30);
            try {
                problems.add(new ReviewService.Problem(problem, requirement, LocalDate.parse(deadline.substring(0, 10))));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new InvalidInputException("problems.deadline", label + "的整改期限不是有效日期");
            }
        }
        return problems;
    }

    private static boolean isBlank(JsonNode row) {
        return java.util.stream.Stream.of("problem", "requirement", "deadline")
                .allMatch(field -> row.path(field).asText("").isBlank());
    }

    private static String required(JsonNode row, String field, String label, int maxLength) {
        String value = row.path(field).asText("").trim();
        if (value.isEmpty()) {
            throw new InvalidInputException("problems." + field, "请填写" + label);
        }
        return FormValues.limited(value, "problems." + field, label, maxLength);
    }
}
