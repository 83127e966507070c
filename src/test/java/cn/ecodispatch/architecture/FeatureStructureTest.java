package cn.ecodispatch.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The feature packages depend on each other in one direction only, and a process step (a delegate or listener)
 * works through its own feature's services: a newcomer who follows a step's bean finds its logic in one package.
 * A step may read another feature's records (its entities, its process class, the helper that finds the record a
 * task is about); it may not call another feature's business logic, which lives in {@code @Service} classes and
 * repositories. A feature that must tell another one something publishes an event instead.
 */
@AnalyzeClasses(packages = "cn.ecodispatch", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureStructureTest {

    /** Packages every feature may use: the shared kernel, the plan, who the user is and what they may do. */
    static final Set<String> KERNEL = Set.of("shared", "catalog", "identity", "security", "history", "cycle");

    @ArchTest
    void features_depend_on_each_other_without_cycles(JavaClasses application) {
        slices().matching("cn.ecodispatch.(*)..").should().beFreeOfCycles().check(application);
    }

    @ArchTest
    void process_steps_call_only_their_own_features_services(JavaClasses application) {
        ArchRuleDefinition.classes()
                .that().implement(JavaDelegate.class).or().implement(TaskListener.class)
                .or().implement(ExecutionListener.class)
                .should(callOnlyServicesOfTheirFeatureOrTheKernel()).check(application);
    }

    /** By name, a variable could be read as the wrong type or under a name no process declares. */
    @ArchTest
    void process_variables_are_read_and_written_only_through_their_declarations(JavaClasses application) {
        ArchRuleDefinition.noClasses().that().resideOutsideOfPackage("cn.ecodispatch.shared")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(VariableScope.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "(get|set|remove)Variables?(Local|Typed)?"))))
                .because("流程变量须经其流程类声明的 ProcessVariable 读写").check(application);
    }

    private static ArchCondition<JavaClass> callOnlyServicesOfTheirFeatureOrTheKernel() {
        return new ArchCondition<>("call only services and repositories of their own feature or of the kernel") {
            @Override
            public void check(JavaClass step, ConditionEvents events) {
                for (Dependency dependency : step.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String feature = FeaturePackages.featureOf(target);
                    if (feature != null && isServiceOrRepository(target) && !KERNEL.contains(feature)
                            && !feature.equals(FeaturePackages.featureOf(step))) {
                        events.add(SimpleConditionEvent.violated(step, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isServiceOrRepository(JavaClass type) {
        return type.isAnnotatedWith(Service.class) || type.isAssignableTo(Repository.class);
    }
}
