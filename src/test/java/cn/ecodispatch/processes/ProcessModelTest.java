package cn.ecodispatch.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.accountability.AccountabilityProcess;
import cn.ecodispatch.bulletin.BulletinProcess;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess;
import cn.ecodispatch.rectification.RectificationProcess;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.shared.ProcessVariable;
import cn.ecodispatch.supervision.SupervisionMeasureDecision;

/**
 * Every BPMN and DMN file of processes/, read with the Camunda Model APIs without an engine: stable English ids,
 * Chinese names, a deployed Camunda Form on every user task, history time to live, and delegates that exist.
 */
class ProcessModelTest {

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern ID = Pattern.compile(
            "(StartEvent|EndEvent|Task|SubProcess|Gateway|Event|Timer|Boundary|SequenceFlow)_[A-Z][A-Za-z]+");

    /** The project's process files as they stand in processes/ (the test classpath also holds a test-only probe). */
    static Stream<Resource> bpmnFiles() throws IOException {
        return Stream.of(new PathMatchingResourcePatternResolver().getResources("file:processes/*.bpmn"));
    }

    private static BpmnModelInstance read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }

    @Test
    void the_five_processes_are_there() throws IOException {
        assertThat(bpmnFiles().map(Resource::getFilename)).containsExactlyInAnyOrder("monthly-dispatch.bpmn",
                "unit-monthly-report.bpmn", "rectification.bpmn", "accountability.bpmn", "monthly-bulletin.bpmn");
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void the_file_holds_one_executable_process_named_after_it_with_a_history_time_to_live(Resource file)
            throws IOException {
        Collection<Process> processes = read(file).getModelElementsByType(Process.class);

        assertThat(processes).singleElement().satisfies(process -> {
            assertThat(process.getId() + ".bpmn").isEqualTo(file.getFilename());
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getName()).containsPattern(CHINESE);
            assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_element_has_a_stable_id_and_every_node_a_chinese_name(Resource file) throws IOException {
        BpmnModelInstance model = read(file);

        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(element.getId()).as(file.getFilename()).matches(ID);
            if (element instanceof FlowNode) {
                assertThat(element.getName()).as(element.getId()).isNotNull().containsPattern(CHINESE);
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                assertThat(flow.getName()).as("条件分支 " + flow.getId() + " 须有中文名称").containsPattern(CHINESE);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_user_task_has_a_camunda_form_of_forms_bound_to_its_deployment(Resource file) throws IOException {
        Set<String> formIds = formIds();

        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as(task.getId()).isNotNull().isIn(formIds);
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_user_task_has_a_due_date_the_office_can_sort_by(Resource file) throws IOException {
        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaDueDate()).as(task.getId() + " 须有到期时间（日期表达式或 ISO 8601 期限，如 P3D）")
                    .isNotBlank().matches("\\$\\{[a-zA-Z]+}|P[0-9]+D");
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_delegate_expression_names_a_spring_bean(Resource file) throws IOException {
        Set<String> beans = components().keySet();
        List<String> named = beansByElement(read(file)).values().stream().flatMap(List::stream).toList();
        assertThat(named).isNotEmpty();
        assertThat(beans).containsAll(named);
    }

    /** A newcomer who reads an element's id in Cockpit finds all of its code in one package. */
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_element_has_its_delegates_and_listeners_in_one_package(Resource file) throws IOException {
        Map<String, Class<?>> components = components();
        beansByElement(read(file)).forEach((element, beans) -> assertThat(beans.stream()
                .map(bean -> components.get(bean).getPackageName()).distinct())
                .as(element + " 的委托与监听器 " + beans).hasSize(1));
    }

    /** The beans each flow element names, as service-task delegate or as task or execution listener. */
    private static Map<String, List<String>> beansByElement(BpmnModelInstance model) {
        Map<String, List<String>> beans = new TreeMap<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            List<String> expressions = new ArrayList<>();
            if (element instanceof ServiceTask task) {
                expressions.add(task.getCamundaDelegateExpression());
            }
            if (element.getExtensionElements() != null) {
                element.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                        .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
                element.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
                        .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
            }
            List<String> named = expressions.stream().filter(Objects::nonNull).map(ProcessModelTest::beanName)
                    .toList();
            if (!named.isEmpty()) {
                beans.put(element.getId(), named);
            }
        }
        return beans;
    }

    private static String beanName(String delegateExpression) {
        Matcher matcher = Pattern.compile("\\$\\{([a-zA-Z]+)}").matcher(delegateExpression);
        assertThat(matcher.matches()).as("委托表达式应只引用一个 Spring bean：" + delegateExpression).isTrue();
        return matcher.group(1);
    }

    /** The classes that declare each process's variables (rectification also feeds the decision table). */
    private static final Map<String, List<Class<?>>> DECLARING = Map.of(
            MonthlyDispatchProcess.KEY, List.of(MonthlyDispatchProcess.class),
            UnitMonthlyReportProcess.KEY, List.of(UnitMonthlyReportProcess.class),
            RectificationProcess.KEY, List.of(RectificationProcess.class, SupervisionMeasureDecision.class),
            AccountabilityProcess.KEY, List.of(AccountabilityProcess.class),
            BulletinProcess.KEY, List.of(BulletinProcess.class));

    private static Set<String> declaredNames(String processKey) {
        assertThat(DECLARING).as("声明 " + processKey + " 流程变量的类").containsKey(processKey);
        return DECLARING.get(processKey).stream().flatMap(type -> ProcessVariable.declaredIn(type).stream())
                .map(ProcessVariable::name).collect(Collectors.toSet());
    }

    private static String processKey(BpmnModelInstance model) {
        return model.getModelElementsByType(Process.class).iterator().next().getId();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_form_field_is_a_variable_its_process_declares(Resource file) throws IOException {
        BpmnModelInstance model = read(file);
        Set<String> declared = declaredNames(processKey(model));
        Map<String, JsonNode> forms = forms();

        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            List<String> fields = new ArrayList<>();
            collectFieldKeys(forms.get(task.getCamundaFormRef()), fields);
            assertThat(fields).as(task.getId() + " 的表单 " + task.getCamundaFormRef()).isNotEmpty();
            assertThat(declared).as(task.getId() + " 的表单 " + task.getCamundaFormRef() + " 的字段须由流程类声明")
                    .containsAll(fields);
        }
    }

    /** A form's own fields: the keys and list paths at its top level (a list's columns belong to the list). */
    private static void collectFieldKeys(JsonNode container, List<String> fields) {
        for (JsonNode component : container.path("components")) {
            if (component.hasNonNull("path")) {
                fields.add(component.get("path").asText());
            } else if (component.hasNonNull("key")) {
                fields.add(component.get("key").asText());
            } else {
                collectFieldKeys(component, fields);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_expression_names_a_declared_variable_or_a_spring_bean(Resource file) throws IOException {
        BpmnModelInstance model = read(file);
        Set<String> known = new HashSet<>(declaredNames(processKey(model)));
        known.addAll(components().keySet());

        Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(Bpmn.convertToString(model));
        List<String> names = new ArrayList<>();
        while (expression.find()) {
            Matcher identifier = Pattern.compile("(?<![.\\w'])([a-zA-Z_]\\w*)")
                    .matcher(expression.group(1).replaceAll("'[^']*'", "''"));
            while (identifier.find()) {
                names.add(identifier.group(1));
            }
        }
        assertThat(names).isNotEmpty();
        assertThat(known).as(file.getFilename() + " 的表达式所引用的变量须由流程类声明").containsAll(names);
    }

    @Test
    void the_decision_tables_inputs_and_output_are_declared_variables() throws IOException {
        Resource file = new PathMatchingResourcePatternResolver().getResource("file:processes/supervision-measure.dmn");
        DmnModelInstance model;
        try (InputStream in = file.getInputStream()) {
            model = Dmn.readModelFromStream(in);
        }
        Set<String> declared = ProcessVariable.declaredIn(SupervisionMeasureDecision.class).stream()
                .map(ProcessVariable::name).collect(Collectors.toSet());

        List<String> inputs = model.getModelElementsByType(InputExpression.class).stream()
                .map(input -> input.getText().getTextContent().trim()).toList();
        List<String> outputs = model.getModelElementsByType(Output.class).stream().map(Output::getName).toList();
        assertThat(inputs).hasSize(4);
        assertThat(declared).containsAll(inputs).containsAll(outputs);
    }

    @Test
    void the_process_objects_name_only_elements_that_exist() throws Exception {
        assertElementsExist(MonthlyDispatchProcess.KEY, MonthlyDispatchProcess.Elements.class);
        assertElementsExist(UnitMonthlyReportProcess.KEY, UnitMonthlyReportProcess.Elements.class);
        assertElementsExist(RectificationProcess.KEY, RectificationProcess.Elements.class);
        assertElementsExist(AccountabilityProcess.KEY, AccountabilityProcess.Elements.class);
        assertElementsExist(BulletinProcess.KEY, BulletinProcess.Elements.class);
    }

    @Test
    void the_supervision_measure_table_decides_the_five_measures_and_keeps_its_history() throws IOException {
        Resource file = new PathMatchingResourcePatternResolver().getResource("file:processes/supervision-measure.dmn");
        DmnModelInstance model;
        try (InputStream in = file.getInputStream()) {
            model = Dmn.readModelFromStream(in);
        }

        Decision decision = model.getModelElementById("supervision-measure");
        assertThat(decision.getName()).isEqualTo("督办措施");
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
        String xml = Dmn.convertToString(model);
        assertThat(xml).contains("\"无\"", "\"提示函\"", "\"通报批评\"", "\"现场检查\"", "\"问责\"").contains("hitPolicy=\"FIRST\"");
    }

    private static void assertElementsExist(String key, Class<?> elements) throws Exception {
        BpmnModelInstance model = read(new PathMatchingResourcePatternResolver()
                .getResource("file:processes/" + key + ".bpmn"));
        for (Field field : elements.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String id = (String) field.get(null);
                assertThat((BaseElement) model.getModelElementById(id)).as(key + " 中的 " + id).isNotNull();
            }
        }
    }

    private static Set<String> formIds() throws IOException {
        return forms().keySet();
    }

    /** The Camunda Forms of forms/, by their id. */
    private static Map<String, JsonNode> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new HashMap<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("file:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                JsonNode tree = json.readTree(in);
                forms.put(tree.get("id").asText(), tree);
            }
        }
        return forms;
    }

    /** The application's components named explicitly ({@code @Component("name")}), as BPMN refers to them. */
    private static Map<String, Class<?>> components() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Map<String, Class<?>> components = new HashMap<>();
        for (var definition : scanner.findCandidateComponents("cn.ecodispatch")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                Component component = type.getAnnotation(Component.class);
                if (component != null && !component.value().isEmpty()) {
                    components.put(component.value(), type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return components;
    }
}
