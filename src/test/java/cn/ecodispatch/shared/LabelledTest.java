package cn.ecodispatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.OutputValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import cn.ecodispatch.report.ReportDecision;
import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.supervision.Measure;

/** Every value users see by name has its Chinese name in labels.properties. */
class LabelledTest {

    static List<Class<?>> labelledTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        List<Class<?>> types = new ArrayList<>();
        scanner.findCandidateComponents("cn.ecodispatch").forEach(definition -> {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (type.isEnum()) {
                    types.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return types;
    }

    @Test
    void every_labelled_value_has_a_chinese_name() {
        List<Class<?>> types = labelledTypes();

        assertThat(types).contains(ReportStatus.class, ReportDecision.Outcome.class, Measure.class).hasSizeGreaterThan(10);
        for (Class<?> type : types) {
            for (Object constant : type.getEnumConstants()) {
                assertThat(((Labelled) constant).label()).as(type.getName() + "." + constant).containsPattern("[\\u4e00-\\u9fff]");
            }
        }
        assertThat(ReportDecision.Outcome.RETURNED.label()).isEqualTo("退回修改");
        assertThat(ReportStatus.APPROVED_WITH_PROBLEMS.label()).isEqualTo("已通过（有问题需整改）");
    }

    @Test
    void the_measures_are_exactly_the_outputs_of_the_decision_table() throws IOException {
        String outputs;
        try (InputStream in = Files.newInputStream(Path.of("processes/supervision-measure.dmn"))) {
            outputs = Dmn.readModelFromStream(in).getModelElementsByType(OutputValues.class).iterator().next()
                    .getTextContent();
        }

        assertThat(outputs.replace("\"", "").split(","))
                .containsExactlyElementsOf(Arrays.stream(Measure.values()).map(Measure::label).toList());
    }
}
