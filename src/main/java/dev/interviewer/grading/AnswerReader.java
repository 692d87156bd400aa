package dev.interviewer.grading;

import dev.interviewer.grading.ClauseSplitter.Sentence;
import dev.interviewer.knowledge.Card;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Turns an answer into the units worth grading: splits it, drops copies of the question, embeds the rest. */
final class AnswerReader {
    static final int MAX_CLAUSES = 60;
    private static final int MAX_WINDOW = 3;
    // A clause made of the question's own words adds nothing; an asking clause needs less overlap to count as one.
    private static final double ECHO_QUESTION = 0.75;
    private static final double ECHO_STATEMENT = 0.95;
    private static final double ECHO_COVERAGE = 0.6;

    private final CardVectors vectors;

    AnswerReader(CardVectors vectors) {
        this.vectors = vectors;
    }

    /** What was read: single clauses, all units (clauses and windows), and how many clauses echoed the question. */
    record Reading(List<AnswerClause> clauses, List<AnswerClause> units, int echoes) {
        Reading {
            clauses = List.copyOf(clauses);
            units = List.copyOf(units);
        }

        boolean anyStatement() {
            return clauses.stream().anyMatch(AnswerClause::statement);
        }
    }

    Reading read(String answer, Card card, String question) {
        List<Set<String>> questions = Stream.of(question, card.question(), card.questionEn(), card.title())
                .filter(q -> q != null && !q.isBlank()).map(TextSignals::bigrams).toList();
        List<Sentence> sentences = ClauseSplitter.split(answer, MAX_CLAUSES);
        Map<String, float[]> vectorsOf = embedClauses(sentences, questions);
        List<AnswerClause> clauses = new ArrayList<>();
        List<AnswerClause> units = new ArrayList<>();
        int echoes = 0;
        for (Sentence sentence : sentences) {
            TextFeatures whole = vectors.features(sentence.text());
            boolean statement = TextSignals.statement(sentence.text(), whole.words());
            Set<String> names = TextSignals.names(sentence.text());
            for (List<String> segment : sentence.segments()) {
                List<AnswerClause> run = new ArrayList<>();
                for (String text : segment) {
                    // Echoes of the question were left out when the clauses were embedded.
                    if (!vectorsOf.containsKey(text)) {
                        echoes++;
                        addWindows(run, units);
                        run.clear();
                        continue;
                    }
                    TextFeatures features = vectors.features(text);
                    int index = clauses.size();
                    AnswerClause clause = new AnswerClause(text, features, vectorsOf.get(text), statement,
                            features.negated(), false, index, index, sentence.text(), names);
                    clauses.add(clause);
                    units.add(clause);
                    run.add(clause);
                }
                addWindows(run, units);
            }
        }
        return new Reading(clauses, units, echoes);
    }

    /** The clauses of an answer that a grade embeds, and maybe some echoes of the question besides. */
    static List<String> clauses(String answer) {
        return texts(ClauseSplitter.split(answer, MAX_CLAUSES)).distinct().toList();
    }

    private static Stream<String> texts(List<Sentence> sentences) {
        return sentences.stream().flatMap(s -> s.segments().stream()).flatMap(List::stream);
    }

    // Every clause that is not an echo of the question, embedded side by side (most of a grade's time).
    private Map<String, float[]> embedClauses(List<Sentence> sentences, List<Set<String>> questions) {
        List<String> texts = texts(sentences).filter(text -> !echoes(text, questions)).distinct().toList();
        List<float[]> embedded = SideBySide.map(texts, vectors::embed);
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), embedded.get(i));
        }
        return byText;
    }

    // The mean of the clause vectors stands in for embedding the joined text: as close for ranking, and free.
    private void addWindows(List<AnswerClause> run, List<AnswerClause> units) {
        for (int size = 2; size <= MAX_WINDOW; size++) {
            for (int start = 0; start + size <= run.size(); start++) {
                List<AnswerClause> parts = run.subList(start, start + size);
                String text = String.join(parts.get(0).cjk() ? "\uFF0C" : ", ",
                        parts.stream().map(AnswerClause::text).toList());
                // Analysing the joined text again would cost more than the whole window is worth.
                TextFeatures features = TextFeatures.joined(text, parts.stream().map(AnswerClause::features).toList());
                units.add(new AnswerClause(text, features,
                        Vectors.centroid(parts.stream().map(AnswerClause::vector).toList()),
                        parts.get(0).statement(), features.negated(), true, parts.get(0).first(),
                        parts.get(size - 1).last(), parts.get(0).sentence(), parts.get(0).names()));
            }
        }
    }

    /**
     * A clause echoes the question when it asks it again, or restates most of it word for word; a short
     * affirmation in the question's words ("the KL term can go" to "can the KL term of GRPO go?") is an answer.
     */
    private static boolean echoes(String clause, List<Set<String>> questions) {
        Set<String> bigrams = TextSignals.bigrams(clause);
        if (bigrams.size() < 2) {
            return false;
        }
        if (TextSignals.interrogative(clause)) {
            return questions.stream().anyMatch(q -> TextSignals.containment(bigrams, q) >= ECHO_QUESTION);
        }
        return questions.stream().anyMatch(q -> TextSignals.containment(bigrams, q) >= ECHO_STATEMENT
                && TextSignals.containment(q, bigrams) >= ECHO_COVERAGE);
    }
}
