package dev.interviewer.interview.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.cli.App;
import dev.interviewer.cli.AppConfig;
import dev.interviewer.testing.WarmCache;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maps of the test job descriptions and résumés on the bundled notes, through the app's own search (hybrid,
 * with the glossary): the requirements the notes cover are linked to the right cards, the others are gaps.
 */
class TargetCoverageTest {
    @TempDir
    static Path data;
    private static App app;

    @BeforeAll
    static void openTheAppOnTheBundledNotes() {
        WarmCache.seed(data);
        app = App.open(AppConfig.builder(Map.of()).knowledgeDir(Path.of("knowledge")).dataDir(data).build());
    }

    @AfterAll
    static void close() {
        app.close();
        WarmCache.keep(data);
    }

    private static TargetAnalysis map(String resource) {
        return app.targets().analyze(TargetTexts.read(resource), "en");
    }

    private static RequirementMatch requirement(TargetAnalysis map, String part) {
        return map.requirements().stream().filter(r -> r.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no requirement with \"" + part + "\" in "
                        + map.requirements().stream().map(RequirementMatch::text).toList()));
    }

    private static List<String> cardIds(RequirementMatch requirement) {
        return requirement.cards().stream().map(MatchedCard::id).toList();
    }

    @Test
    void dpoKvCacheAndZeroAreCoveredByTheirCardsAndKubernetesOperatorsIsAGap() {
        TargetAnalysis map = map(TargetTexts.DPO_KV_ZERO_KUBERNETES);

        assertThat(cardIds(requirement(map, "DPO"))).anyMatch(id -> id.contains("dpo"));
        assertThat(cardIds(requirement(map, "KV cache"))).contains("transformer-and-attention/kv-cache");
        assertThat(cardIds(requirement(map, "ZeRO"))).containsAnyOf("distributed-training/zero3",
                "distributed-training/deepspeed-zero-\u663e\u5b58\u4f18\u5316");
        RequirementMatch kubernetes = requirement(map, "Kubernetes operators");
        assertThat(kubernetes.covered()).isFalse();
        assertThat(kubernetes.cards()).isEmpty();
        assertThat(map.coverage()).isEqualTo(0.75);
        assertThat(map.checklist()).contains("- [ ] writing Kubernetes operators").doesNotContain("DPO");
    }

    @Test
    void aCoveredRequirementsCardsScoreAboveTheLinkThresholdBestFirst() {
        for (String text : List.of(TargetTexts.POST_TRAINING_JD, TargetTexts.ALIGNMENT_JD_ZH, TargetTexts.RESUME)) {
            for (RequirementMatch r : map(text).requirements().stream().filter(RequirementMatch::covered).toList()) {
                assertThat(r.cards()).isNotEmpty().hasSizeLessThanOrEqualTo(TargetAnalyzer.MAX_CARDS)
                        .allMatch(c -> c.score() >= TargetAnalyzer.LINK_THRESHOLD);
                assertThat(r.cards()).isSortedAccordingTo(Comparator.comparingDouble(MatchedCard::score).reversed());
            }
        }
    }

    @Test
    void theBundledNotesCoverMostOfAnLlmJobDescriptionInEitherLanguage() {
        TargetAnalysis english = map(TargetTexts.POST_TRAINING_JD);
        TargetAnalysis chinese = map(TargetTexts.ALIGNMENT_JD_ZH);

        assertThat(english.coverage()).isGreaterThanOrEqualTo(0.7);
        assertThat(chinese.coverage()).isGreaterThanOrEqualTo(0.8);
        assertThat(cardIds(requirement(english, "positional encodings"))).contains(
                "transformer-and-attention/\u4f4d\u7f6e\u7f16\u7801-rope");
        assertThat(cardIds(requirement(chinese, "KV cache"))).first().isEqualTo("transformer-and-attention/kv-cache");
        assertThat(cardIds(requirement(english, "quantization"))).contains(
                "inference-serving/awq-\u7684\u6838\u5fc3\u601d\u60f3\u662f\u4ec0\u4e48");
    }

    @Test
    void aResumesOffTopicClaimsAreGapsAndItsLlmWorkIsCovered() {
        TargetAnalysis resume = map(TargetTexts.RESUME);
        TargetAnalysis chinese = map(TargetTexts.INFERENCE_PROSE_JD_ZH);

        assertThat(requirement(resume, "Kubernetes operators").covered()).isFalse();
        assertThat(requirement(resume, "Docker").covered()).isFalse();
        assertThat(cardIds(requirement(resume, "cross-encoder reranker"))).first().asString().contains("rerank");
        assertThat(requirement(chinese, "Kubernetes Operator").covered()).isFalse();
        assertThat(requirement(chinese, "KV cache").covered()).isTrue();
    }

    @Test
    void theOfflineMapSaysGapsAreNotAsked() {
        TargetAnalysis map = map(TargetTexts.DPO_KV_ZERO_KUBERNETES);

        assertThat(map.gapQuestions()).isFalse();
        assertThat(map.note()).contains("offline");
    }
}
