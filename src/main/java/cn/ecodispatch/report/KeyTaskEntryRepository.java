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
     * its version, report and unit (read for every lead unit's form: one query, not one per contribution). The
     * latest submitted versions are worked out first, from the participants' reports alone (found by the month and
     * unit key), and only their entries are read: worked out per entry, PostgreSQL compared every submitted version
     * of the month's reports, 10 000 reports in a province and several versions for a report returned.
     */
    @Query("""
            select e from KeyTaskEntry e join fetch e.version v join fetch v.report r join fetch r.unit
            where (v.report.id, v.versionNo) in (
                    select w.report.id, max(w.versionNo) from ReportVersion w
                    where w.state = cn.ecodispatch.report.ReportVersion.State.SUBMITTED
                      and w.report.id in (select p.id from UnitReport p
                                          where p.cycle = :cycle and p.unit.id in :participantIds)
                    group by w.report.id)
              and e.keyTask in :keyTasks and e.role = cn.ecodispatch.catalog.KeyTaskRole.PARTICIPANT""")
    List<KeyTaskEntry> latestSubmittedContributions(DispatchCycle cycle, Collection<Long> participantIds,
            Collection<KeyTask> keyTasks);
}
