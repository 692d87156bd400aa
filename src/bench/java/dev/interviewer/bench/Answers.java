package dev.interviewer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Realistic candidate answers: the labelled answers of the grading dev set (good, partial, wrong; Chinese and
 * English), cut or joined to a requested length.
 */
public final class Answers {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A dev-set question with one answer to it. */
    public record Sample(String card, String question, String answer) {
    }

    private final List<Sample> samples;
    private final Map<String, List<Sample>> byCard;

    private Answers(List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalStateException("no dev-set answers found");
        }
        this.samples = List.copyOf(samples);
        this.byCard = samples.stream().collect(Collectors.groupingBy(Sample::card));
    }

    /** Reads every {@code *.jsonl} of {@code folder} (the grading dev set). */
    public static Answers load(Path folder) {
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = JSON.readTree(line);
                    if (n.hasNonNull("question") && n.hasNonNull("answer") && !n.path("answer").asText().isBlank()) {
                        samples.add(new Sample(n.path("card").asText(""), n.path("question").asText(),
                                n.path("answer").asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev set in " + folder, e);
        }
        return new Answers(samples);
    }

    public List<Sample> all() {
        return samples;
    }

    /** A dev-set answer to this card when there is one, else any answer (which then reads as off-topic). */
    public Sample pickFor(String card, Random random) {
        List<Sample> own = byCard.getOrDefault(card, List.of());
        return own.isEmpty() ? pick(random) : own.get(random.nextInt(own.size()));
    }

    public Sample pick(Random random) {
        return samples.get(random.nextInt(samples.size()));
    }

    /**
     * The text with a random number put into every clause. Grading embeds each clause of an answer, and the app
     * caches embeddings by text: without this, answers the harness repeats would be graded from the cache, which
     * no real (new) answer is.
     */
    public static String vary(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "，。；！？,.;!?\n、：:".indexOf(text.charAt(i)) >= 0) {
                String clause = text.substring(start, i);
                int at = clause.isEmpty() ? 0 : random.nextInt(clause.length() + 1);
                out.append(clause, 0, at).append(' ').append(100 + random.nextInt(900)).append(' ')
                        .append(clause.substring(at));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** The sample's answer made {@code chars} characters long: cut, or extended with other answers to the same card. */
    public String ofLength(Sample sample, int chars) {
        StringBuilder text = new StringBuilder(sample.answer());
        for (int pass = 0; pass < 2 && text.length() < chars; pass++) {
            for (Sample other : samples) {
                if (text.length() >= chars) {
                    break;
                }
                // First pass: answers to the same card, so the text stays on topic; second pass: any answer.
                if (other != sample && (pass == 1 || other.card().equals(sample.card()))) {
                    text.append(' ').append(other.answer());
                }
            }
        }
        return text.substring(0, Math.min(chars, text.length()));
    }
}
