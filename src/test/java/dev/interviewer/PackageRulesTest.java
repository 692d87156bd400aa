package dev.interviewer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The main classes keep the package rules. */
@AnalyzeClasses(packages = "dev.interviewer",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class PackageRulesTest {
    @ArchTest
    static final ArchRule layers = PackageRules.LAYERS;

    @ArchTest
    static final ArchRule noCycles = PackageRules.NO_CYCLES;

    @ArchTest
    static final ArchRule javalinOnlyInWeb = PackageRules.JAVALIN_ONLY_IN_WEB;

    @ArchTest
    static final ArchRule luceneOnlyInRetrieval = PackageRules.LUCENE_ONLY_IN_RETRIEVAL;

    @ArchTest
    static final ArchRule langChain4jOnlyInLlmAndTheEmbedder = PackageRules.LANGCHAIN4J_ONLY_IN_LLM_AND_EMBEDDER;
}
