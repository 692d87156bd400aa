package dev.interviewer.interview.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Glossary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementSplitterTest {
    private final RequirementSplitter splitter = new RequirementSplitter(Glossary.bundled());

    private List<Requirement> split(String resource) {
        return splitter.split(TargetTexts.read(resource));
    }

    private static List<String> texts(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::text).toList();
    }

    private static Requirement find(List<Requirement> requirements, String part) {
        Optional<Requirement> found = requirements.stream().filter(r -> r.text().contains(part)).findFirst();
        assertThat(found).as("a requirement containing \"%s\" in %s", part, texts(requirements)).isPresent();
        return found.get();
    }

    @Test
    void anEnglishBulletedJobDescriptionGivesItsSkillsAndDropsItsBoilerplate() {
        List<Requirement> requirements = split(TargetTexts.POST_TRAINING_JD);

        for (String skill : List.of("PyTorch", "RoPE", "LoRA", "mixed precision", "GRPO", "quantization (GPTQ, AWQ)",
                "DeepSpeed ZeRO-3", "DPO, IPO, KTO")) {
            find(requirements, skill);
        }
        assertThat(String.join("\n", texts(requirements))).doesNotContain("salary", "communication", "Bachelor",
                "equal opportunity", "San Francisco", "NeurIPS", "dental", "fast-growing", "Senior Machine Learning");
    }

    @Test
    void leadsAndTailsAreTrimmedAndListsBecomeOneRequirementEach() {
        List<Requirement> requirements = split(TargetTexts.POST_TRAINING_JD);

        assertThat(texts(requirements)).contains("Transformer architecture", "PyTorch and distributed training")
                .noneMatch(t -> t.startsWith("Strong") || t.startsWith("Deep understanding") || t.endsWith("plus"));
        find(requirements, "attention");
    }

    @Test
    void niceToHaveWeighsLessThanWhatTheJobRequires() {
        List<Requirement> requirements = split(TargetTexts.POST_TRAINING_JD);

        double required = find(requirements, "PyTorch").weight();
        assertThat(find(requirements, "quantization").weight()).isLessThan(required);
        assertThat(find(requirements, "GRPO").weight()).isLessThan(required);
        assertThat(requirements).allMatch(r -> r.weight() > 0 && r.weight() <= 1)
                .anyMatch(r -> r.weight() == 1.0);
    }

    @Test
    void englishProseIsCutIntoSentencesAndItsClauses() {
        List<Requirement> requirements = split(TargetTexts.INFERENCE_PROSE_JD);

        find(requirements, "continuous batching and paged attention");
        find(requirements, "speculative decoding");
        find(requirements, "KV cache and how grouped-query attention changes its size");
        assertThat(find(requirements, "CUDA or Triton kernels").weight())
                .as("'is a plus' weighs less than 'is essential'")
                .isLessThan(find(requirements, "SGLang").weight());
        assertThat(String.join("\n", texts(requirements))).doesNotContain("compensation", "Visa", "example.com",
                "communicate", "remote-first");
    }

    @Test
    void aChineseBulletedJobDescriptionKeepsExamplesTogetherAndDropsBenefits() {
        List<Requirement> requirements = split(TargetTexts.ALIGNMENT_JD_ZH);

        assertThat(texts(requirements)).contains("PyTorch", "KV cache", "\u6ce8\u610f\u529b\u673a\u5236",
                "\u4f4d\u7f6e\u7f16\u7801\uff08RoPE\uff09");
        // "DPO, PPO, GRPO and other preference alignment algorithms": the examples stay one requirement.
        find(requirements, "DPO\u3001PPO\u3001GRPO \u7b49");
        assertThat(String.join("\n", texts(requirements))).doesNotContain("\u4e94\u9669\u4e00\u91d1",
                "\u6c9f\u901a", "\u5b66\u5386", "\u5317\u4eac", "\u5e74\u7ec8\u5956");
        assertThat(find(requirements, "\u6a21\u578b\u91cf\u5316").weight()).as("a bonus item")
                .isLessThan(find(requirements, "PyTorch").weight());
    }

    @Test
    void chineseProseWrappedOverLinesIsJoinedBackAndKeepsItsGaps() {
        List<Requirement> requirements = split(TargetTexts.INFERENCE_PROSE_JD_ZH);

        find(requirements, "Kubernetes Operator");
        find(requirements, "GQA \u5bf9\u663e\u5b58\u7684\u5f71\u54cd");
        find(requirements, "INT8\u3001FP8 \u7b49\u91cf\u5316\u65b9\u6848");
        assertThat(String.join("\n", texts(requirements))).doesNotContain("\u85aa\u8d44", "\u4e0a\u6d77",
                "\u6c9f\u901a");
    }

    @Test
    void aResumeGivesItsClaimsAndSkillsButNotItsNameContactDatesOrSchool() {
        List<Requirement> requirements = split(TargetTexts.RESUME);

        assertThat(texts(requirements)).contains("Python", "PyTorch", "DeepSpeed", "vLLM", "LoRA", "Docker");
        find(requirements, "Kubernetes operators");
        find(requirements, "DPO and PPO training");
        assertThat(String.join("\n", texts(requirements))).doesNotContain("Jane", "example.com", "Stanford",
                "2019", "Acme AI", "DataCorp");
    }

    @Test
    void aChineseResumeDropsItsSelfAssessmentAndEducation() {
        List<Requirement> requirements = split(TargetTexts.RESUME_ZH);

        assertThat(texts(requirements)).contains("PyTorch", "Transformer", "RoPE",
                "\u6df7\u5408\u7cbe\u5ea6\u8bad\u7ec3");
        find(requirements, "reward hacking");
        assertThat(String.join("\n", texts(requirements))).doesNotContain("\u5f20\u4e09", "138",
                "\u5317\u4eac\u5927\u5b66", "\u70ed\u7231", "\u81f3\u4eca");
    }

    @Test
    void aListAfterSuchAsStaysOneRequirementAndNumbersAreNotCut() {
        List<Requirement> requirements = splitter.split("""
                Requirements
                - Experience with RL methods such as PPO, DPO and GRPO
                - Trained models on 1,000 GPUs with FSDP, Megatron and DeepSpeed
                """);

        assertThat(texts(requirements)).contains("RL methods such as PPO, DPO and GRPO");
        assertThat(texts(requirements)).anyMatch(t -> t.contains("1,000 GPUs"));
    }

    @Test
    void aSkillNamedAgainElsewhereWeighsMore() {
        List<Requirement> requirements = splitter.split("""
                - Experience with vLLM
                - Experience with Kubeflow
                - Tuned continuous batching in vLLM
                - Profiled vLLM kernels
                """);

        assertThat(find(requirements, "vLLM").weight()).isGreaterThan(find(requirements, "Kubeflow").weight());
    }

    @Test
    void htmlCopiedFromAPageIsReadAsLines() {
        List<Requirement> requirements = splitter.split(
                "<h3>Requirements</h3><ul><li>Deep knowledge of <b>KV cache</b></li><li>RoPE &amp; ALiBi</li></ul>"
                        + "<h3>Benefits</h3><ul><li>Free lunch &nbsp;and equity</li></ul>");

        assertThat(texts(requirements)).contains("KV cache", "RoPE & ALiBi").noneMatch(t -> t.contains("lunch"));
    }

    @Test
    void textWithNothingToPractiseHasNoRequirements() {
        assertThat(splitter.split("Competitive salary, free lunch and a great team. Location: Beijing.")).isEmpty();
        assertThat(splitter.split("   \n\n")).isEmpty();
    }

    @Test
    void aVeryLongTextKeepsTheMostStressedRequirements() {
        StringBuilder text = new StringBuilder("Requirements\n");
        for (int i = 0; i < 80; i++) {
            text.append("- Experience with Tool").append(i).append("X\n");
        }
        text.append("- Deep expertise in DPO\n");

        List<Requirement> requirements = splitter.split(text.toString());

        assertThat(requirements).hasSize(RequirementSplitter.MAX_REQUIREMENTS);
        assertThat(texts(requirements)).contains("DPO");
    }

    @Test
    void genericDutiesAreNotMarkedAsNamingAnything() {
        List<Requirement> requirements = splitter.split("- Ship features quickly\n- Writing Kubernetes operators\n");

        assertThat(find(requirements, "Ship features").named()).isFalse();
        assertThat(find(requirements, "Kubernetes").named()).isTrue();
    }
}
