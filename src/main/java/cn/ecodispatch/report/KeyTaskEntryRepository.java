package cn.ecodispatch.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.cycle.DispatchCycle;

public interface KeyTaskEntryRepository extends JpaRepository<KeyTaskEntry, Long> {

    /**
     * The participating units' contributions to the key tasks in the month, each unit's latest submitted one, with
     * its version, report and unit (read for every lead unit's form: one query, not one per contribution).
     */
    @Query("""
            select e from KeyTaskEntry e join fetch e.version v join fetch v.report r join fetch r.unit
            where r.cycle = :cycle and r.unit.id in :participantIds and r.latestSubmittedVersionId = v.id
              and e.keyTask in :keyTasks and e.role = cn.ecodispatch.catalog.KeyTaskRole.PARTICIPANT""")
    List<KeyTaskEntry> latestSubmittedContributions(DispatchCycle cycle, Collection<Long> participantIds,
            Collection<KeyTask> keyTasks);
}
