package dev.signpost;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of ../shared/STYLE.md, enforced by the build: dependencies point one way, toward the content
 * core; {@code actions}, {@code notifications}, {@code people}, {@code search} and {@code security} know no feature; no two packages depend on each other,
 * directly or round a circle. docs/architecture.md's package table describes the same rules in words.
 */
@AnalyzeClasses(packages = "dev.signpost", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The features: packages with pages of their own, which the lower packages must not know. */
    private static final String[] FEATURES = {"dev.signpost.docs..", "dev.signpost.search..", "dev.signpost.tools..",
            "dev.signpost.roadmap..", "dev.signpost.sigs..", "dev.signpost.leancoffee..", "dev.signpost.actions..",
            "dev.signpost.feedback..", "dev.signpost.admin..", "dev.signpost.sources..", "dev.signpost.campaigns.."};

    private static String[] featuresBut(String own) {
        return java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(own)).toArray(String[]::new);
    }

    @ArchTest
    static final ArchRule contentKnowsNoFeatureNoHttpAndNoUser = noClasses().that().resideInAPackage("dev.signpost.content..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.signpost.security..", "dev.signpost.web..",
                    "dev.signpost.database..", "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx.ext.web.."))
            .because("content turns files into an immutable snapshot of typed documents (STYLE.md)");

    @ArchTest
    static final ArchRule searchIsGeneric = noClasses().that().resideInAPackage("dev.signpost.search..")
            .should().dependOnClassesThat().resideInAnyPackage(featuresBut("dev.signpost.search.."))
            .because("search indexes whatever documents the snapshot holds and never imports a feature package");

    @ArchTest
    static final ArchRule actionsKnowTheirSourcesOnlyThroughAnInterface = noClasses().that().resideInAPackage("dev.signpost.actions..")
            .should().dependOnClassesThat().resideInAnyPackage(featuresBut("dev.signpost.actions.."))
            .because("features reach action items through ActionItemSource and SigDirectory, never the other way");

    @ArchTest
    static final ArchRule peopleKnowsNoFeature = noClasses().that().resideInAPackage("dev.signpost.people..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("features ask the people directory who is known and offer it teams through TeamSource, never the other way");

    @ArchTest
    static final ArchRule notificationsKnowNoFeature = noClasses().that().resideInAPackage("dev.signpost.notifications..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("features put messages into the outbox; the outbox, its dispatcher and channels know no feature");

    @ArchTest
    static final ArchRule securityKnowsNoFeature = noClasses().that().resideInAPackage("dev.signpost.security..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.signpost.web.."))
            .because("security knows no feature; features ask it who the user is");

    @ArchTest
    static final ArchRule metricsKnowNoFeature = noClasses().that().resideInAPackage("dev.signpost.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("features count what happens in them with their own meters and offer database counts through StoredCounts");

    @ArchTest
    static final ArchRule webKnowsNoFeature = noClasses().that().resideInAPackage("dev.signpost.web..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("web is shared plumbing; features contribute to it (navigation items, page sections)");

    @ArchTest
    static final ArchRule pureRulesTouchNoDatabaseAndNoHttp = noClasses().that()
            .resideInAnyPackage("dev.signpost.leancoffee.rules..", "dev.signpost.content.markdown..", "dev.signpost.content.frontmatter..",
                    "dev.signpost.campaigns.checks..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.signpost.database..", "jakarta.persistence..", "jakarta.transaction..",
                    "io.quarkus.hibernate..", "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..", "org.eclipse.jgit..")
            .because("rules and rendering are pure functions over values: tested without a database or a server");

    @ArchTest
    static final ArchRule docsCheckUsesTheContentCoreOnly = classes().that().resideInAPackage("dev.signpost.check..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.signpost.check..", "dev.signpost.content..", "java..")
            .because("the docs check runs in authors' CI with only a JDK: it reads a folder with the content core, no Quarkus, no CDI (ADR 0025)");

    @ArchTest
    static final ArchRule docsCheckNeedsNoQuarkusHoweverDeep = noClasses().that().resideInAPackage("dev.signpost.check..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "org.eclipse.microprofile..",
                    "io.vertx..", "org.eclipse.jgit..", "jakarta.persistence..", "jakarta.ws.rs..")
            .because("the parts of the content core the docs check reaches are constructed with new, outside any container (ADR 0025)");

    @ArchTest
    static final ArchRule nothingDependsOnTheDocsCheck = noClasses().that().resideOutsideOfPackage("dev.signpost.check..")
            .should().dependOnClassesThat().resideInAPackage("dev.signpost.check..")
            .because("the docs check is a command at the edge, packaged on its own (target/signpost-docs-check.jar)");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.signpost.(*)..").should().beFreeOfCycles();

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
