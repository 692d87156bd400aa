package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewer.web.ApiJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the structure of every card of the bundled knowledge/ folder (read from the project folder). */
class BundledKnowledgeTest {
    private static KnowledgeBase knowledge;

    @BeforeAll
    static void load() {
        knowledge = new NotesLoader().load(Path.of("knowledge"));
    }

    @Test
    void loadsWithoutProblems() {
        assertThat(knowledge.problems()).extracting(NoteProblem::toString).isEmpty();
    }

    @Test
    void coversTheWholeInterviewWithAtLeast160Cards() {
        assertThat(knowledge.size()).isGreaterThanOrEqualTo(160);
        assertThat(knowledge.cards()).extracting(Card::topic).contains("并行训练 (Parallelism)",
                "推理与部署 (Inference and serving)", "解码策略 (Decoding)", "预训练 (Pretraining)",
                "手撕代码 (Live coding)");
        assertThat(knowledge.cards()).filteredOn(c -> c.tags().contains("live-coding")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyCardIsComplete() {
        List<String> failures = new ArrayList<>();
        for (Card card : knowledge.cards()) {
            String where = card.file() + ":" + card.line() + " " + card.id() + ": ";
            problemsOf(card).forEach(p -> failures.add(where + p));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyHeadingOfTheUsersNotesIsACardTitle() throws IOException {
        Set<String> titles = knowledge.cards().stream().map(Card::title).collect(Collectors.toSet());
        List<String> missing = seedHeadings().stream().filter(h -> !titles.contains(h)).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCardIdNamedInTheDevSetExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : devSetFiles()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode row = ApiJson.mapper().readTree(line);
                    row.path("expected").forEach(id -> checkId(id.asText(), file, missing));
                    if (row.has("card")) {
                        checkId(row.get("card").asText(), file, missing);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void checkId(String id, Path file, List<String> missing) {
        if (knowledge.card(id).isEmpty()) {
            missing.add(file.getFileName() + ": " + id);
        }
    }

    private static List<Path> devSetFiles() throws IOException {
        Path devset = Path.of("src/test/resources/devset");
        if (!Files.isDirectory(devset)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(devset)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private static List<String> problemsOf(Card card) {
        List<String> problems = new ArrayList<>();
        if (!card.hasReference()) {
            problems.add("no reference answer");
        }
        int points = card.keyPoints().size();
        if (points < 3 || points > 6) {
            problems.add(points + " key points (want 3-6)");
        }
        for (KeyPoint point : card.keyPoints()) {
            if (point.english().isBlank()) {
                problems.add("key point " + point.number() + " has no English gloss");
            }
            if (point.weight() < 1 || point.weight() > 3) {
                problems.add("key point " + point.number() + " weight " + point.weight() + " is not 1-3");
            }
        }
        if (card.followUps().size() < 2) {
            problems.add(card.followUps().size() + " follow-ups (want >= 2)");
        }
        for (FollowUp followUp : card.followUps()) {
            if (followUp.targetKeyPoint() < 1 || followUp.targetKeyPoint() > points) {
                problems.add("follow-up \"" + followUp.question() + "\" aims at no valid key point");
            }
        }
        if (card.pitfalls().isEmpty()) {
            problems.add("no pitfall");
        }
        card.pitfalls().stream().filter(p -> p.correction().isBlank() || p.english().isBlank())
                .forEach(p -> problems.add("pitfall \"" + p.claim() + "\" lacks a correction or an English gloss"));
        if (card.tags().isEmpty()) {
            problems.add("no tags");
        }
        if (card.sources().isEmpty()) {
            problems.add("no sources");
        }
        return problems;
    }

    private static List<String> seedHeadings() throws IOException {
        try (InputStream in = BundledKnowledgeTest.class.getResourceAsStream("/seed-headings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
