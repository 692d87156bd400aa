package dev.interviewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules (docs/architecture.md): which package may depend on which, no cycles between any two packages,
 * and each heavy library kept to the one package that wraps it. {@link PackageRulesTest} checks them against the
 * main classes; {@link PackageRulesBiteTest} shows that each of them fails on a class that breaks it.
 */
final class PackageRules {
    private static final String[] BELOW_INTERVIEW = {"grading", "retrieval", "knowledge", "lang"};

    /**
     * knowledge <- retrieval <- grading <- interview <- {llm, store, web} <- cli; enrich (annotations a model
     * suggests, and their review) sits on interview for llm, web and cli; portable (import and export of notes) sits
     * on knowledge for cli alone; lang and review are leaves.
     */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("lang").definedBy("dev.interviewer.lang..")
            .layer("knowledge").definedBy("dev.interviewer.knowledge..")
            .layer("portable").definedBy("dev.interviewer.portable..")
            .layer("retrieval").definedBy("dev.interviewer.retrieval..")
            .layer("grading").definedBy("dev.interviewer.grading..")
            .layer("interview").definedBy("dev.interviewer.interview..")
            .layer("enrich").definedBy("dev.interviewer.enrich..")
            .layer("review").definedBy("dev.interviewer.review..")
            .layer("llm").definedBy("dev.interviewer.llm..")
            .layer("store").definedBy("dev.interviewer.store..")
            .layer("web").definedBy("dev.interviewer.web..")
            .layer("cli").definedBy("dev.interviewer.cli..")
            .whereLayer("lang").mayNotAccessAnyLayer()
            .whereLayer("review").mayNotAccessAnyLayer()
            .whereLayer("knowledge").mayOnlyAccessLayers("lang")
            .whereLayer("portable").mayOnlyAccessLayers("knowledge", "lang")
            .whereLayer("retrieval").mayOnlyAccessLayers("knowledge", "lang")
            .whereLayer("grading").mayOnlyAccessLayers("retrieval", "knowledge", "lang")
            .whereLayer("interview").mayOnlyAccessLayers(BELOW_INTERVIEW)
            .whereLayer("enrich").mayOnlyAccessLayers(with("interview"))
            .whereLayer("llm").mayOnlyAccessLayers(with("interview", "enrich"))
            .whereLayer("store").mayOnlyAccessLayers(with("interview", "review"))
            .whereLayer("web").mayOnlyAccessLayers(with("interview", "enrich"))
            .whereLayer("cli").mayOnlyAccessLayers(with("interview", "review", "llm", "store", "web", "portable",
                    "enrich"))
            .ensureAllClassesAreContainedInArchitecture()
            .as("packages depend inward: knowledge <- retrieval <- grading <- interview <- enrich <- {llm, web} <- cli");

    /** Between any two packages, sub-packages included: no cycle. */
    static final ArchRule NO_CYCLES = slices().matching("dev.interviewer.(**)").should().beFreeOfCycles()
            .as("no package cycles");

    static final ArchRule JAVALIN_ONLY_IN_WEB = noClasses().that().resideOutsideOfPackage("dev.interviewer.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
            .as("only web uses Javalin and Jetty");

    static final ArchRule LUCENE_ONLY_IN_RETRIEVAL = noClasses()
            .that().resideOutsideOfPackage("dev.interviewer.retrieval..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .as("only retrieval uses Lucene");

    static final ArchRule LANGCHAIN4J_ONLY_IN_LLM_AND_EMBEDDER = noClasses()
            .that().resideOutsideOfPackage("dev.interviewer.llm..")
            .and().doNotHaveFullyQualifiedName("dev.interviewer.retrieval.InProcessEmbedder")
            .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
            .as("only llm and the embedder (retrieval.InProcessEmbedder) use LangChain4j");

    private PackageRules() {
    }

    private static String[] with(String... more) {
        String[] all = new String[BELOW_INTERVIEW.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(BELOW_INTERVIEW, 0, all, more.length, BELOW_INTERVIEW.length);
        return all;
    }
}
