package cn.ecodispatch.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import cn.ecodispatch.standings.KeyTaskStanding;

/** How a key task stood when the bulletin was compiled, as its lead units reported it; frozen with the bulletin. */
@Embeddable
public class KeyTaskFigures {

    @Column(name = "task_number")
    private int number;

    private String title;

    @Column(name = "lead_units")
    private String leadUnits;

    @Column(name = "progress_label")
    private String progressLabel;

    private String problems;

    @Column(name = "participants_reported")
    private int participantsReported;

    private int participants;

    protected KeyTaskFigures() {
    }

    KeyTaskFigures(KeyTaskStanding standing) {
        this.number = standing.keyTask().getNumber();
        this.title = standing.keyTask().getTitle();
        this.leadUnits = standing.keyTask().getLeadText();
        this.progressLabel = standing.overallLabel();
        this.problems = standing.problems();
        this.participantsReported = standing.participantsReported();
        this.participants = standing.participants();
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getLeadUnits() {
        return leadUnits;
    }

    public String getProgressLabel() {
        return progressLabel;
    }

    public String getProblems() {
        return problems;
    }

    public int getParticipantsReported() {
        return participantsReported;
    }

    public int getParticipants() {
        return participants;
    }
}
