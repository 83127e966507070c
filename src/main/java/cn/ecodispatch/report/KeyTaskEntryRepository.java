package cn.ecodispatch.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.cycle.DispatchCycle;

public interface KeyTaskEntryRepository extends JpaRepository<KeyTaskEntry, Long> {

    /**
     * The participating units' contributions to the key tasks in the month, each unit's latest submitted one (read
     * for every lead unit's form: one query, not one per contribution). Only the texts and whose they are: the
     * versions' own texts would come along once per entry.
     */
    @Query("""
            select new cn.ecodispatch.report.Contribution(e.keyTask.id, r.unit.id, e.workDone, e.problems)
            from KeyTaskEntry e join e.version v join v.report r
            where r.cycle = :cycle and r.unit.id in :participantIds and r.latestSubmittedVersionId = v.id
              and e.keyTask in :keyTasks and e.role = cn.ecodispatch.catalog.KeyTaskRole.PARTICIPANT""")
    List<Contribution> latestSubmittedContributions(DispatchCycle cycle, Collection<Long> participantIds,
            Collection<KeyTask> keyTasks);
}
