package cn.ecodispatch.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of {@code processes/supervision-measure.dmn} (hit policy FIRST, most severe first), evaluated by a
 * standalone DMN engine: the facts that reach it, the measure it gives. A rule added to any decision table in
 * processes/ without a case here fails {@link #every_rule_of_every_decision_table_in_processes_has_a_case()}.
 */
class SupervisionMeasureDmnTest {

    private static final Path PROCESSES = Path.of("processes");

    record Case(String why, SupervisionFacts facts, String rule, Measure measure) {
        @Override
        public String toString() {
            return why;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("整改两次核验未通过：问责", facts(0, 0, 2, 0), "Rule_RepeatedFailedChecks", Measure.ACCOUNTABILITY),
                new Case("逾期1天且核验未通过1次：问责", facts(1, 0, 1, 0), "Rule_OverdueAndFailed", Measure.ACCOUNTABILITY),
                new Case("逾期12天且核验未通过：问责先于通报批评", facts(12, 0, 1, 0), "Rule_OverdueAndFailed",
                        Measure.ACCOUNTABILITY),
                new Case("逾期11天：通报批评", facts(11, 0, 0, 0), "Rule_LongOverdue", Measure.CRITICISM),
                new Case("逾期11天且2项指标滞后：通报批评先于现场检查", facts(11, 0, 0, 2), "Rule_LongOverdue",
                        Measure.CRITICISM),
                new Case("被退回3次：通报批评", facts(0, 3, 0, 0), "Rule_OftenReturned", Measure.CRITICISM),
                new Case("2项指标滞后或未达标：现场检查", facts(0, 0, 0, 2), "Rule_IndicatorsOffTrack", Measure.INSPECTION),
                new Case("逾期1天且2项指标滞后：现场检查先于提示函", facts(1, 0, 0, 2), "Rule_IndicatorsOffTrack",
                        Measure.INSPECTION),
                new Case("逾期3天：提示函", facts(3, 0, 0, 0), "Rule_Late", Measure.REMINDER_LETTER),
                new Case("逾期整10天：仍是提示函", facts(10, 0, 0, 0), "Rule_Late", Measure.REMINDER_LETTER),
                new Case("核验未通过1次：提示函", facts(0, 0, 1, 0), "Rule_FailedOnce", Measure.REMINDER_LETTER),
                new Case("被退回2次：提示函", facts(0, 2, 0, 0), "Rule_ReturnedTwice", Measure.REMINDER_LETTER),
                new Case("按时、退回1次、1项指标滞后：无", facts(0, 1, 0, 1), "Rule_None", Measure.NONE),
                new Case("一切正常：无", facts(0, 0, 0, 0), "Rule_None", Measure.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void given_the_facts_when_the_table_decides_then_the_first_matching_rule_gives_the_measure(Case c)
            throws IOException {
        MatchedRules matched = new MatchedRules();
        DmnEngine engine = engine(matched);

        String measure = engine.evaluateDecision(supervisionMeasure(engine), c.facts().asVariables())
                .getSingleResult().getEntry("measure");

        assertThat(matched.ids).containsExactly(c.rule());
        assertThat(Measure.ofLabel(measure)).isEqualTo(c.measure());
    }

    @Test
    void every_rule_of_every_decision_table_in_processes_has_a_case() throws IOException {
        MatchedRules matched = new MatchedRules();
        DmnEngine engine = engine(matched);
        DmnDecision table = supervisionMeasure(engine);
        cases().forEach(c -> engine.evaluateDecision(table, c.facts().asVariables()));

        Set<String> covered = new TreeSet<>();
        matched.ids.forEach(rule -> covered.add(SupervisionMeasureDecision.KEY + "/" + rule));
        assertThat(covered).as("rules of processes/*.dmn with a case in this test")
                .containsExactlyInAnyOrderElementsOf(rulesInProcesses());
    }

    private static SupervisionFacts facts(int daysLate, int returnCount, int failedChecks, int indicatorsOffTrack) {
        return new SupervisionFacts(daysLate, returnCount, failedChecks, indicatorsOffTrack);
    }

    private static DmnEngine engine(MatchedRules matched) {
        return DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(matched)).buildEngine();
    }

    private static DmnDecision supervisionMeasure(DmnEngine engine) throws IOException {
        try (InputStream in = Files.newInputStream(PROCESSES.resolve("supervision-measure.dmn"))) {
            return engine.parseDecision(SupervisionMeasureDecision.KEY, in);
        }
    }

    /** Every rule of every decision in processes/*.dmn, as decision key/rule id. */
    private static Set<String> rulesInProcesses() throws IOException {
        Set<String> rules = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(PROCESSES, "*.dmn")) {
            for (Path file : files) {
                for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
                    if (decision.getExpression() instanceof DecisionTable table) {
                        table.getRules().forEach(rule -> rules.add(decision.getId() + "/" + rule.getId()));
                    }
                }
            }
        }
        return rules;
    }

    /** The rules a decision table's evaluations matched, in order. */
    private static final class MatchedRules implements DmnDecisionTableEvaluationListener {

        private final List<String> ids = new ArrayList<>();

        @Override
        public void notify(DmnDecisionTableEvaluationEvent event) {
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(ids::add);
        }
    }
}
