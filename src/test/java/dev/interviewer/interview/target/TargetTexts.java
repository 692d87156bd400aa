package dev.interviewer.interview.target;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The job descriptions and résumés under src/test/resources/targets, written for these tests in the styles people
 * paste: English and Chinese, bullets and prose, with benefits, the company, the place, degrees and soft skills.
 */
public final class TargetTexts {
    public static final String POST_TRAINING_JD = "en-jd-llm-post-training.txt";
    public static final String INFERENCE_PROSE_JD = "en-jd-inference-prose.txt";
    public static final String ALIGNMENT_JD_ZH = "zh-jd-algorithm-bullets.txt";
    public static final String INFERENCE_PROSE_JD_ZH = "zh-jd-prose.txt";
    public static final String RESUME = "en-resume.txt";
    public static final String RESUME_ZH = "zh-resume.txt";
    /** DPO, KV cache and ZeRO, which the bundled notes cover, and Kubernetes operators, which they do not. */
    public static final String DPO_KV_ZERO_KUBERNETES = "dpo-kv-zero-kubernetes.txt";

    private TargetTexts() {
    }

    public static String read(String name) {
        try (InputStream in = TargetTexts.class.getResourceAsStream("/targets/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test target " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
