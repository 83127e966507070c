package cn.ecodispatch.bulletin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.catalog.DocumentNumbers;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.cycle.DispatchCycleRepository;
import cn.ecodispatch.dispatch.Consultation;
import cn.ecodispatch.dispatch.ConsultationService;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.ConflictException;
import cn.ecodispatch.shared.NotFoundException;
import cn.ecodispatch.shared.ProcessVariable;
import cn.ecodispatch.shared.SystemActions;

/** The month's bulletin: compiling the draft, editing, approval, publishing with a number, corrections. */
@Service
@Transactional
public class BulletinService {

    private final BulletinRepository bulletins;
    private final DispatchCycleRepository cycles;
    private final MonthFigures figures;
    private final ConsultationService consultations;
    private final DocumentNumbers numbers;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final DistrictWords words;

    BulletinService(BulletinRepository bulletins, DispatchCycleRepository cycles, MonthFigures figures,
            ConsultationService consultations, DocumentNumbers numbers, RuntimeService runtimeService, Clock clock,
            DistrictWords words) {
        this.bulletins = bulletins;
        this.cycles = cycles;
        this.figures = figures;
        this.consultations = consultations;
        this.numbers = numbers;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.words = words;
    }

    @Transactional(readOnly = true)
    public Bulletin bulletin(long id) {
        return bulletins.findById(id).orElseThrow(() -> new NotFoundException("通报不存在：" + id));
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<Bulletin> all() {
        return bulletins.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Bulletin> published() {
        return bulletins.findByStatusOrderByIdDesc(Bulletin.Status.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public List<Bulletin> ofCycle(DispatchCycle cycle) {
        return bulletins.findByCycleOrderByVersionNo(cycle);
    }

    /** The published correction that replaced this version, if any. */
    @Transactional(readOnly = true)
    public Optional<Bulletin> supersededBy(Bulletin bulletin) {
        return bulletins.findFirstByCorrectsAndStatus(bulletin, Bulletin.Status.PUBLISHED);
    }

    /** Compiles the closed month's draft from the domain tables and hands it to the office for editing. */
    public Bulletin compile(long cycleId) {
        DispatchCycle cycle = cycles.require(cycleId);
        MonthFigures.Compiled compiled = figures.compile(cycle);
        String problems = consultations.consultationOf(cycle).map(Consultation::getProblems).orElse(null);
        String period = cycle.getPeriod().label();
        return start(bulletins.save(new Bulletin(cycle, BulletinDraftText.title(period),
                BulletinDraftText.write(words.bulletinSalutation(), period, compiled, problems), compiled, clock.now())));
    }

    /** Opens a new draft version correcting a published one, and starts its approval. */
    public Bulletin correct(Bulletin published, String reason) {
        List<Bulletin> versions = ofCycle(published.getCycle());
        if (versions.stream().anyMatch(b -> !b.isPublished())) {
            throw new ConflictException("该月通报已有正在办理的版本，请先办结后再更正");
        }
        int next = versions.stream().mapToInt(Bulletin::getVersionNo).max().orElse(0) + 1;
        Bulletin source = bulletin(published.getId());
        return start(bulletins.save(source.correction(next, reason, clock.now())));
    }

    public void edit(Bulletin bulletin, String body, String user) {
        bulletin.edit(body, user);
    }

    public void returnForEditing(Bulletin bulletin, String reason) {
        bulletin.returnForEditing(reason);
    }

    public void approve(Bulletin bulletin, String user) {
        bulletin.approve(user);
    }

    /** Gives the bulletin the next number of the year (陕创办通〔2035〕1号) and makes it final. */
    public void publish(Bulletin bulletin) {
        bulletin.publish(numbers.next(DocumentNumbers.Kind.BULLETIN, bulletins::lastNumberOf), clock.now());
    }

    private Bulletin start(Bulletin bulletin) {
        bulletin.attachProcess(SystemActions.call(() -> runtimeService.startProcessInstanceByKey(BulletinProcess.KEY,
                String.valueOf(bulletin.getId()), ProcessVariable.values(BulletinProcess.Variables.BULLETIN_ID.with(bulletin.getId()))))
                .getId());
        return bulletin;
    }
}
