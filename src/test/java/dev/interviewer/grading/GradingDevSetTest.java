package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.retrieval.InProcessEmbedder;
import dev.interviewer.retrieval.LexicalTerms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The offline grader against the labelled dev set (src/test/resources/devset/grading/*.jsonl): expert scores for
 * answers to the bundled notes, including adversarial ones (keyword stuffing, prompt injection, the question copied
 * back, rambling, a right answer to a neighbouring question).
 */
class GradingDevSetTest {
    // -Ddevset.grading=DIR grades another folder of labelled answers (e.g. a subset of the files).
    private static final Path DEV_SET = Path.of(System.getProperty("devset.grading", "src/test/resources/devset/grading"));
    private static final double MIN_SPEARMAN = 0.7;
    private static final double MAX_ADVERSARIAL = 3.0;

    record Line(String file, int number, Card card, String question, String answer, double expected, String band,
            String language, String why) {
    }

    record Result(Line line, Grade grade) {
    }

    @Test
    void theOfflineGraderAgreesWithTheExpertScores() throws IOException {
        KnowledgeBase knowledge = new NotesLoader().load(Path.of(System.getProperty("devset.knowledge", "knowledge")));
        List<Line> lines = readDevSet(knowledge);
        assertThat(lines).as("labelled answers").hasSizeGreaterThanOrEqualTo(100);
        assertThat(lines.stream().map(l -> l.card().id()).distinct()).as("cards").hasSizeGreaterThanOrEqualTo(25);
        assertThat(lines.stream().filter(l -> l.language().equals("en")).count() * 3).as("a third in English")
                .isGreaterThanOrEqualTo(lines.size() - 2);

        OfflineGrader grader = new OfflineGrader(new CardVectors(InProcessEmbedder.bge(), new LexicalTerms()),
                () -> knowledge);
        List<Result> results = new ArrayList<>();
        for (Line line : lines) {
            results.add(new Result(line, grader.grade(new GradeRequest(line.card(), line.question(), line.answer(),
                    Set.of(), line.language()))));
        }
        double spearman = spearman(results);
        double mae = results.stream().mapToDouble(r -> Math.abs(r.grade().score() - r.line().expected()))
                .average().orElse(Double.NaN);
        report(results, spearman, mae);

        assertThat(spearman).as("Spearman correlation with the expert scores").isGreaterThanOrEqualTo(MIN_SPEARMAN);
        assertThat(results).filteredOn(r -> r.line().band().equals("adversarial"))
                .allSatisfy(r -> assertThat(r.grade().score())
                        .as("%s:%d %s", r.line().file(), r.line().number(), r.line().why())
                        .isLessThanOrEqualTo(MAX_ADVERSARIAL));
    }

    private static List<Line> readDevSet(KnowledgeBase knowledge) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Line> lines = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(DEV_SET)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(raw.get(i));
                String id = node.get("card").asText();
                Card card = knowledge.card(id).orElse(null);
                if (card == null) {
                    unknown.add(file.getFileName() + ":" + (i + 1) + " " + id);
                    continue;
                }
                lines.add(new Line(file.getFileName().toString(), i + 1, card,
                        node.path("question").asText(card.question()), node.get("answer").asText(),
                        node.get("score").asDouble(), node.get("band").asText(), node.path("lang").asText("zh"),
                        node.path("why").asText("")));
            }
        }
        assertThat(unknown).as("dev-set lines whose card is not in knowledge/").isEmpty();
        return lines;
    }

    private static void report(List<Result> results, double spearman, double mae) {
        long agree = results.stream().filter(r -> BandAgreement.agrees(r.line().band(), r.grade().band())).count();
        System.out.printf(Locale.ROOT, "grading dev set: %d answers, %d cards, Spearman %.3f, MAE %.2f, "
                + "band agreement %.2f%n", results.size(), results.stream().map(r -> r.line().card().id()).distinct()
                .count(), spearman, mae, (double) agree / results.size());
        Map<String, List<Result>> byBand = new TreeMap<>();
        results.forEach(r -> byBand.computeIfAbsent(r.line().band(), b -> new ArrayList<>()).add(r));
        Map<String, List<Result>> byFile = new TreeMap<>();
        results.forEach(r -> byFile.computeIfAbsent(r.line().file(), f -> new ArrayList<>()).add(r));
        byFile.forEach((file, rs) -> System.out.printf(Locale.ROOT, "  %-34s n=%3d Spearman %.3f%n", file, rs.size(),
                spearman(rs)));
        byBand.forEach((band, rs) -> System.out.printf(Locale.ROOT,
                "  %-12s n=%3d  expert mean %.2f  grader mean %.2f  grader max %.1f%n", band, rs.size(),
                rs.stream().mapToDouble(r -> r.line().expected()).average().orElse(0),
                rs.stream().mapToDouble(r -> r.grade().score()).average().orElse(0),
                rs.stream().mapToDouble(r -> r.grade().score()).max().orElse(0)));
        results.stream().filter(r -> Math.abs(r.grade().score() - r.line().expected()) >= 4).forEach(r ->
                System.out.printf(Locale.ROOT, "  far off: %s:%d expert %.1f grader %.1f (%s) %s%n", r.line().file(),
                        r.line().number(), r.line().expected(), r.grade().score(), r.grade().band().label(),
                        r.line().why()));
    }

    /** Spearman's rank correlation, ties given their average rank. */
    static double spearman(List<Result> results) {
        double[] x = ranks(results.stream().mapToDouble(r -> r.line().expected()).toArray());
        double[] y = ranks(results.stream().mapToDouble(r -> r.grade().score()).toArray());
        return pearson(x, y);
    }

    /** Pearson's correlation; of ranks, Spearman's. */
    static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }
}
