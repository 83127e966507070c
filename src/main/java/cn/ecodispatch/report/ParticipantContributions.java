package cn.ecodispatch.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.KeyTaskRole;
import cn.ecodispatch.catalog.Unit;

/**
 * What the participating units of the key tasks a unit leads have reported in the same month, as the lead unit
 * reads it beside its own entry: one line per participating unit, from its latest submitted version.
 */
@Component
class ParticipantContributions {

    static final String NOT_SUBMITTED = "尚未报送";

    private final KeyTaskEntryRepository entries;

    ParticipantContributions(KeyTaskEntryRepository entries) {
        this.entries = entries;
    }

    /** @return by key task id, for each key task the version's unit leads */
    Map<Long, String> of(ReportVersion version) {
        List<KeyTask> led = version.getKeyTasks().stream().filter(KeyTaskEntry::isLead).map(KeyTaskEntry::getKeyTask)
                .toList();
        if (led.isEmpty()) {
            return Map.of();
        }
        List<Long> participantIds = led.stream().flatMap(task -> task.unitsIn(KeyTaskRole.PARTICIPANT).stream())
                .map(Unit::getId).distinct().toList();
        List<Contribution> contributions = participantIds.isEmpty() ? List.of()
                : entries.latestSubmittedContributions(version.getReport().getCycle(), participantIds, led);
        Map<Long, Map<Long, Contribution>> submitted = contributions.stream()
                .collect(Collectors.groupingBy(Contribution::keyTaskId,
                        Collectors.toMap(Contribution::unitId, Function.identity())));
        return led.stream().collect(Collectors.toMap(KeyTask::getId, task -> task.unitsIn(KeyTaskRole.PARTICIPANT)
                .stream().map(unit -> line(unit, submitted.getOrDefault(task.getId(), Map.of()).get(unit.getId())))
                .collect(Collectors.joining("\n"))));
    }

    private static String line(Unit unit, Contribution contribution) {
        if (contribution == null) {
            return unit.getName() + "：" + NOT_SUBMITTED;
        }
        String problems = contribution.problems();
        return unit.getName() + "：" + contribution.workDone()
                + (problems == null || problems.isBlank() ? "" : "；存在问题：" + problems);
    }
}
