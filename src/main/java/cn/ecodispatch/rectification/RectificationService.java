package cn.ecodispatch.rectification;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.DocumentNumbers;
import cn.ecodispatch.report.ReportLinks;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.NotFoundException;
import cn.ecodispatch.shared.ProcessVariable;
import cn.ecodispatch.shared.SystemActions;

/** Rectifications: opened from a review, reported on by the unit, verified by the office. */
@Service
@Transactional
public class RectificationService {

    private final RectificationRepository rectifications;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final DocumentNumbers numbers;
    private final ReportLinks links;
    private final ApplicationEventPublisher events;

    RectificationService(RectificationRepository rectifications, RuntimeService runtimeService, Clock clock,
            DocumentNumbers numbers, ReportLinks links, ApplicationEventPublisher events) {
        this.rectifications = rectifications;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.numbers = numbers;
        this.links = links;
        this.events = events;
    }

    public Rectification open(UnitReport report, String problem, String requirement, LocalDate deadline, String user) {
        if (deadline == null || deadline.isBefore(clock.now().toLocalDate())) {
            throw new InvalidInputException("problems.deadline", "整改期限不能早于今天：" + problem);
        }
        return rectifications.save(new Rectification(report, problem, requirement, deadline, user, clock.now()));
    }

    /** Starts the rectification process of each problem found; the notice goes out as its first step. */
    public void startProcess(Rectification rectification) {
        ProcessInstance instance = SystemActions.call(() -> runtimeService.startProcessInstanceByKey(
                RectificationProcess.KEY, String.valueOf(rectification.getId()), ProcessVariable.values(
                        RectificationProcess.Variables.RECTIFICATION_ID.with(rectification.getId()),
                        RectificationProcess.Variables.UNIT_CODE.with(rectification.getUnit().getCode()),
                        RectificationProcess.Variables.DEADLINE_AT.with(Date.from(rectification.deadlineEnd().toInstant())))));
        rectification.attachProcess(instance.getId());
    }

    /** The problems found in a report, in the order the office named them. */
    @Transactional(readOnly = true)
    public List<Rectification> ofReport(UnitReport report) {
        return rectifications.findByReportOrderById(report);
    }

    @Transactional(readOnly = true)
    public Rectification rectification(long id) {
        return rectifications.findById(id).orElseThrow(() -> new NotFoundException("整改事项不存在：" + id));
    }

    public void reportAction(Rectification rectification, String actionTaken, String user) {
        rectification.reportAction(actionTaken, user, clock.now());
    }

    public void verify(Rectification rectification, boolean passed, String opinion, String user) {
        if (!passed && (opinion == null || opinion.isBlank())) {
            throw new InvalidInputException("verifyOpinion", "核验未通过时请填写核验意见");
        }
        rectification.verify(passed, opinion, user, clock.now());
    }

    /** The notice goes out with the year's next number (陕创办整〔2044〕3号). */
    public void issueNotice(Rectification rectification) {
        rectification.issue(numbers.next(DocumentNumbers.Kind.RECTIFICATION_NOTICE, rectifications::lastNumberOf),
                clock.now());
        events.publishEvent(new RectificationNoticeIssued(rectification.getId(), rectification.getUnit().getCode(),
                rectification.getUnit().getName(), rectification.getReport().getCycle().getPeriod().label(),
                rectification.getProblem(), rectification.getRequirement(), rectification.getDeadline(),
                links.rectificationPage(rectification.getId())));
    }

    public void close(Rectification rectification) {
        rectification.close(clock.now());
    }

    public void markOverdue(Rectification rectification) {
        rectification.markOverdue();
    }
}
