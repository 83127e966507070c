package cn.ecodispatch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.Period;
import cn.ecodispatch.shared.ReadWithoutFlush;

/**
 * The queries a report's every step runs are written out in JPQL: Hibernate keeps a JPQL query's translation to SQL,
 * but translates a derived query (built with the Criteria API) anew on every call.
 */
public interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    @Query("select v from ReportVersion v where v.report = :report order by v.versionNo")
    List<ReportVersion> findByReportOrderByVersionNo(UnitReport report);

    @Query("select v from ReportVersion v where v.report = :report and v.versionNo = :versionNo")
    Optional<ReportVersion> findByReportAndVersionNo(UnitReport report, int versionNo);

    @Query("select v from ReportVersion v where v.report = :report and v.state = :state order by v.versionNo desc limit 1")
    Optional<ReportVersion> findFirstByReportAndStateOrderByVersionNoDesc(UnitReport report, ReportVersion.State state);

    /** The latest submitted version of each of the month's reports that has one: one query for the whole month. */
    @Query("select v from UnitReport r join ReportVersion v on v.id = r.latestSubmittedVersionId where r.cycle = :cycle")
    List<ReportVersion> latestSubmittedOf(DispatchCycle cycle);

    /** Every unit's value of the indicator in its latest submitted report of each month up to the given one. */
    @Query("""
            select v from IndicatorValue v join v.version ver join ver.report r join r.cycle c
            where v.indicator = :indicator and c.period <= :period and v.value is not null
              and r.latestSubmittedVersionId = ver.id
            order by c.period""")
    List<IndicatorValue> latestSubmittedValuesUpTo(Indicator indicator, String period);

    /**
     * The unit's indicator values of the months before the given one, each month as last submitted: one query, the
     * rows alone, however many months and indicators.
     */
    default List<EarlierValue> latestSubmittedValuesBefore(Unit unit, Period period) {
        return latestSubmittedValuesBefore(unit, period.toString());
    }

    /** Earlier months only, which no transaction that reads them here changes: no flush before it. */
    @ReadWithoutFlush
    @Query("""
            select new cn.ecodispatch.report.EarlierValue(v.indicator.id, c.period, v.value)
            from IndicatorValue v join v.version ver join ver.report r join r.cycle c
            where r.unit = :unit and c.period < :period and v.value is not null
              and r.latestSubmittedVersionId = ver.id""")
    List<EarlierValue> latestSubmittedValuesBefore(Unit unit, String period);
}
