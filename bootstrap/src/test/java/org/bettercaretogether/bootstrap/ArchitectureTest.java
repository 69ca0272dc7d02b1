package org.bettercaretogether.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.bettercaretogether.application.architecturefixture.ServiceUsingJdbc;
import org.bettercaretogether.core.architecturefixture.WiringUsingWeb;
import org.bettercaretogether.domain.architecturefixture.DomainTypeUsingGuice;
import org.bettercaretogether.mail.architecturefixture.SenderUsingPersistence;
import org.bettercaretogether.memory.architecturefixture.StoreUsingPersistence;
import org.bettercaretogether.persistence.architecturefixture.RepositoryUsingWeb;
import org.bettercaretogether.web.architecturefixturemeetings.MeetingPageUsingPartners;
import org.bettercaretogether.web.architecturefixturepartners.PartnerPageUsingMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hexagon's dependency rule, checked on the compiled classes of every module: the domain uses no framework
 * at all, the application none but the standard injection annotation, and the adapters never use each other; the
 * core an embedder depends on uses nothing of the web;
 * the web adapter's features use none of each other, only the platform they share; and no two packages of any module
 * use each other, directly or round a longer cycle.
 */
@Order(6) // reads compiled classes only: it runs beside the others
@Execution(ExecutionMode.CONCURRENT)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {
            "com.google.inject..", "io.javalin..", "org.jooq..", "com.fasterxml.jackson..", "tools.jackson..",
            "java.sql..", "javax.sql..", "org.slf4j..", "com.zaxxer..", "org.flywaydb..", "io.zonky..",
            "org.eclipse.jetty..", "gg.jte..", "picocli.."};

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Sibling modules arrive as folders or as jars, depending on how far the build has gone; their
            // test-jars (in-memory and test-database helpers) are test code.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.bettercaretogether");

    static final ArchRule DOMAIN_USES_NO_FRAMEWORK = noClasses().that().resideInAPackage("org.bettercaretogether.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FRAMEWORKS, "jakarta..",
                    "org.bettercaretogether.application..", "org.bettercaretogether.persistence..",
                    "org.bettercaretogether.web..", "org.bettercaretogether.mail..", "org.bettercaretogether.bootstrap.."));

    static final ArchRule APPLICATION_USES_NO_FRAMEWORK_OR_ADAPTER = noClasses()
            .that().resideInAPackage("org.bettercaretogether.application..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FRAMEWORKS,
                    "org.bettercaretogether.persistence..", "org.bettercaretogether.web..",
                    "org.bettercaretogether.mail..", "org.bettercaretogether.bootstrap.."));

    static final ArchRule PERSISTENCE_DOES_NOT_USE_WEB = noClasses()
            .that().resideInAPackage("org.bettercaretogether.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bettercaretogether.web..", "io.javalin..",
                    "org.bettercaretogether.mail..", "jakarta.mail..", "org.bettercaretogether.bootstrap..");

    static final ArchRule WEB_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that().resideInAPackage("org.bettercaretogether.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bettercaretogether.persistence..", "org.jooq..",
                    "java.sql..", "javax.sql..", "com.zaxxer..", "org.bettercaretogether.mail..", "jakarta.mail..",
                    "org.bettercaretogether.bootstrap..");

    static final ArchRule MAIL_USES_NO_OTHER_ADAPTER = noClasses()
            .that().resideInAPackage("org.bettercaretogether.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bettercaretogether.persistence..", "org.jooq..",
                    "java.sql..", "javax.sql..", "org.bettercaretogether.web..", "io.javalin..",
                    "org.bettercaretogether.bootstrap..");

    static final ArchRule MEMORY_USES_NO_OTHER_ADAPTER = noClasses()
            .that().resideInAPackage("org.bettercaretogether.memory..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bettercaretogether.persistence..", "org.jooq..",
                    "java.sql..", "javax.sql..", "org.bettercaretogether.web..", "io.javalin..",
                    "org.bettercaretogether.mail..", "jakarta.mail..", "org.bettercaretogether.core..",
                    "org.bettercaretogether.bootstrap..");

    /** The library an embedder depends on: wired without the web, the command line or the embedded database. */
    static final ArchRule CORE_USES_NO_WEB = noClasses()
            .that().resideInAPackage("org.bettercaretogether.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bettercaretogether.web..", "io.javalin..",
                    "org.eclipse.jetty..", "gg.jte..", "io.zonky..", "picocli..", "ch.qos.logback..",
                    "org.bettercaretogether.memory..", "org.bettercaretogether.bootstrap..");

    /** Code generated in the build (the compiled templates, the jOOQ classes): not written here, not checked. */
    private static final String[] GENERATED = {"web.jte", "persistence.jooq"};

    static final ArchRule WEB_FEATURES_ARE_INDEPENDENT = slices().matching("org.bettercaretogether.web.(*)..")
            .namingSlices("web feature $1")
            .that(DescribedPredicate.describe("are features, not the platform they share nor the compiled templates",
                    slice -> !"platform".equals(slice.getNamePart(1)) && !"jte".equals(slice.getNamePart(1))))
            .should().notDependOnEachOther();

    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("org.bettercaretogether.(**)")
            .that(DescribedPredicate.describe("are written here, not generated", slice -> java.util.Arrays
                    .stream(GENERATED).noneMatch(generated -> slice.getNamePart(1).startsWith(generated))))
            .should().beFreeOfCycles();

    @Test
    void every_module_is_in_the_classes_checked() {
        for (String module : new String[]{"domain", "application", "persistence", "web", "mail", "memory", "core",
                "bootstrap"}) {
            assertThat(PRODUCTION.stream().filter(c -> c.getPackageName().startsWith("org.bettercaretogether." + module)))
                    .as("classes of %s", module).hasSizeGreaterThan(3);
        }
    }

    @Test
    void the_domain_depends_on_no_framework_and_no_other_layer() {
        DOMAIN_USES_NO_FRAMEWORK.check(PRODUCTION);
    }

    @Test
    void the_application_depends_on_no_framework_and_no_adapter() {
        APPLICATION_USES_NO_FRAMEWORK_OR_ADAPTER.check(PRODUCTION);
    }

    @Test
    void the_adapters_never_depend_on_each_other() {
        PERSISTENCE_DOES_NOT_USE_WEB.check(PRODUCTION);
        WEB_DOES_NOT_USE_PERSISTENCE.check(PRODUCTION);
        MAIL_USES_NO_OTHER_ADAPTER.check(PRODUCTION);
        MEMORY_USES_NO_OTHER_ADAPTER.check(PRODUCTION);
    }

    @Test
    void the_embeddable_core_depends_on_nothing_of_the_web_or_the_embedded_database() {
        CORE_USES_NO_WEB.check(PRODUCTION);
    }

    @Test
    void the_web_features_never_depend_on_each_other() {
        WEB_FEATURES_ARE_INDEPENDENT.check(PRODUCTION);
    }

    @Test
    void no_packages_depend_on_each_other_in_a_cycle() {
        NO_CYCLES_BETWEEN_PACKAGES.check(PRODUCTION);
    }

    @Test
    void the_rules_catch_a_violation_when_there_is_one() {
        assertThat(DOMAIN_USES_NO_FRAMEWORK.evaluate(fixture(DomainTypeUsingGuice.class)).hasViolation()).isTrue();
        assertThat(APPLICATION_USES_NO_FRAMEWORK_OR_ADAPTER.evaluate(fixture(ServiceUsingJdbc.class)).hasViolation())
                .isTrue();
        assertThat(PERSISTENCE_DOES_NOT_USE_WEB.evaluate(fixture(RepositoryUsingWeb.class)).hasViolation()).isTrue();
        assertThat(MAIL_USES_NO_OTHER_ADAPTER.evaluate(fixture(SenderUsingPersistence.class)).hasViolation()).isTrue();
        assertThat(MEMORY_USES_NO_OTHER_ADAPTER.evaluate(fixture(StoreUsingPersistence.class)).hasViolation()).isTrue();
        assertThat(CORE_USES_NO_WEB.evaluate(fixture(WiringUsingWeb.class)).hasViolation()).isTrue();
        var featuresUsingEachOther = fixture(PartnerPageUsingMeetings.class, MeetingPageUsingPartners.class);
        assertThat(WEB_FEATURES_ARE_INDEPENDENT.evaluate(featuresUsingEachOther).hasViolation()).isTrue();
        assertThat(NO_CYCLES_BETWEEN_PACKAGES.evaluate(featuresUsingEachOther).hasViolation()).isTrue();
    }

    private static JavaClasses fixture(Class<?>... violating) {
        return new ClassFileImporter().importClasses(violating);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
