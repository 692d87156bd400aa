package dev.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.interviewer.interview.ForbiddenImportsFixture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules fail when a forbidden import is added: the main classes plus one test class that imports what
 * the interview package must not ({@link ForbiddenImportsFixture}) break every rule, and the report names it.
 */
class PackageRulesBiteTest {
    private static final String FIXTURE = ForbiddenImportsFixture.class.getSimpleName();
    private static final JavaClasses MAIN_AND_FIXTURE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeJars())
            .withImportOption(location -> new ImportOption.DoNotIncludeTests().includes(location)
                    || location.contains(FIXTURE))
            .importPackages("dev.interviewer");

    static Stream<ArchRule> rules() {
        return Stream.of(PackageRules.LAYERS, PackageRules.NO_CYCLES, PackageRules.JAVALIN_ONLY_IN_WEB,
                PackageRules.LUCENE_ONLY_IN_RETRIEVAL, PackageRules.LANGCHAIN4J_ONLY_IN_LLM_AND_EMBEDDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleFailsOnAForbiddenImport(ArchRule rule) {
        EvaluationResult result = rule.evaluate(MAIN_AND_FIXTURE);

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(FIXTURE));
    }
}
