package cn.ecodispatch.bulletin;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.standings.IndicatorStanding;
import cn.ecodispatch.targets.Verdict;

/**
 * How an indicator stood across its responsible units when the bulletin was compiled: how many units stand under
 * each verdict and which are off track; frozen with the bulletin.
 */
@Embeddable
public class IndicatorFigures {

    /** Between the names of the units off track. */
    static final String UNIT_SEPARATOR = "、";

    @Column(name = "indicator_code")
    private String code;

    private String name;

    @Column(name = "target_label")
    private String target;

    private int met;

    @Column(name = "on_course")
    private int onCourse;

    private int behind;

    private int missed;

    @Column(name = "not_judged")
    private int notJudged;

    @Column(name = "off_track_units")
    private String offTrackUnits;

    protected IndicatorFigures() {
    }

    IndicatorFigures(IndicatorStanding standing, String target) {
        Map<Verdict, Integer> counts = standing.counts();
        this.code = standing.indicator().getCode();
        this.name = standing.indicator().getName();
        this.target = target;
        this.met = counts.get(Verdict.MET);
        this.onCourse = counts.get(Verdict.ON_COURSE);
        this.behind = counts.get(Verdict.BEHIND);
        this.missed = counts.get(Verdict.MISSED);
        this.notJudged = counts.get(Verdict.NOT_JUDGED);
        this.offTrackUnits = standing.offTrack().stream().map(Unit::getName)
                .collect(Collectors.joining(UNIT_SEPARATOR));
    }

    /** Units behind or short of the target. */
    public int getOffTrack() {
        return behind + missed;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTarget() {
        return target;
    }

    public int getMet() {
        return met;
    }

    public int getOnCourse() {
        return onCourse;
    }

    public int getBehind() {
        return behind;
    }

    public int getMissed() {
        return missed;
    }

    public int getNotJudged() {
        return notJudged;
    }

    public String getOffTrackUnits() {
        return offTrackUnits;
    }
}
