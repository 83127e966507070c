package cn.ecodispatch.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.Progress;

/** Where the month's key tasks stand, read from each unit's latest submitted report of the month. */
@EcoDispatchTest
class MonthStandingsScenariosTest {

    @Autowired
    MonthScenario month;
    @Autowired
    MonthStandings standings;

    @Test
    void a_key_task_stands_as_its_lead_unit_last_submitted_it_not_as_the_version_the_office_returned() {
        month.clockAt("2060-06-02T09:00");
        DispatchCycle cycle = month.startMonth("2060-06");
        month.reviewed(cycle, "shuili", "office1", MonthScenario.returned("请如实填报河长制进度"));
        month.reportApproved(cycle, "shuili", "DELAYED", "50", "资金未到位");

        KeyTaskStanding riverChiefs = month.read(() -> standings.keyTasks(cycle)).get(3);

        assertThat(riverChiefs.keyTask().getTitle()).isEqualTo("全面推行河长制");
        assertThat(riverChiefs.leads()).as("区水利局第2版：滞后，第1版（已完成）已被退回")
                .extracting(KeyTaskStanding.LeadReport::progress, KeyTaskStanding.LeadReport::problems)
                .containsExactly(tuple(Progress.DELAYED, "资金未到位"));
        assertThat(riverChiefs.overallLabel()).isEqualTo(Progress.DELAYED.label());
    }
}
