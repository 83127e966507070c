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
     * its version, report and unit (read for every lead unit's form: one query, not one per contribution). Naming the
     * participants keeps the read to their reports (found by the month and unit key): by the month alone PostgreSQL
     * works out the latest submitted version of every report in the month, 10 000 of them in a province.
     */
    @Query("""
            select e from KeyTaskEntry e join fetch e.version v join fetch v.report r join fetch r.unit
            where r in (select p from UnitReport p where p.cycle = :cycle and p.unit.id in :participantIds)
              and e.keyTask in :keyTasks
              and e.role = cn.ecodispatch.catalog.KeyTaskRole.PARTICIPANT
              and v.state = cn.ecodispatch.report.ReportVersion.State.SUBMITTED
              and v.versionNo = (select max(w.versionNo) from ReportVersion w
                                 where w.report = r and w.state = cn.ecodispatch.report.ReportVersion.State.SUBMITTED)""")
    List<KeyTaskEntry> latestSubmittedContributions(DispatchCycle cycle, Collection<Long> participantIds,
            Collection<KeyTask> keyTasks);
}
