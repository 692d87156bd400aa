package dev.interviewer.grading;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the 2-4 sentence feedback of an offline grade, naming the key points, in the words of
 * {@code lang/<code>/grading.json}.
 */
final class FeedbackWriter {
    private static final int ITEMS = 3;
    // Chinese packs more into a character: an item is clipped at about the same reading length in both.
    private static final int ITEM_CHARS_ZH = 40;
    private static final int ITEM_CHARS_EN = 90;
    // Full stops and semicolons, full-width (U+3002, U+FF1B) and ASCII, at the end of an item.
    private static final Pattern TRAILING_STOPS = Pattern.compile("[\u3002.\uFF1B;]+$");

    // The notes gloss their points and questions in English only: English feedback names them by the glosses.
    private final boolean english;
    private final Wording words;
    private final Card card;

    FeedbackWriter(Card card, String language) {
        this.card = card;
        this.english = "en".equals(language);
        this.words = Wording.of(Wording.supports(language) ? language : Wording.defaultLanguage());
    }

    /** Why the answer could not be graded on its content. */
    enum Verdict { GRADED, EMPTY, KEYWORDS, OFF_TOPIC }

    /**
     * The key points by outcome: fully covered, partly covered (some credit), missed; and what the answer says
     * that no key point of the note covers (listed when the note is thin or the answer goes beyond it).
     */
    record Outcome(List<KeyPoint> covered, List<KeyPoint> partly, List<KeyPoint> missed, List<String> beyond) {
        Outcome {
            beyond = List.copyOf(beyond);
        }
    }

    String write(Verdict verdict, Outcome outcome, List<PitfallHit> pitfalls, Card rival) {
        List<KeyPoint> covered = outcome.covered();
        List<KeyPoint> missed = outcome.missed();
        List<String> sentences = new ArrayList<>();
        switch (verdict) {
            case EMPTY -> sentences.add(say("empty"));
            case KEYWORDS -> sentences.add(say("keywords"));
            case OFF_TOPIC -> sentences.add(offTopic(rival));
            case GRADED -> {
                if (!covered.isEmpty()) {
                    sentences.add(say("covered", Map.of("items", items(covered))));
                }
                if (!outcome.partly().isEmpty()) {
                    sentences.add(say("partly", Map.of("items", items(outcome.partly()))));
                }
                pitfalls.stream().limit(1).forEach(p -> sentences.add(pitfall(p)));
                if (!outcome.beyond().isEmpty()) {
                    sentences.add(beyondTheNote(outcome));
                }
            }
        }
        if (!missed.isEmpty()) {
            sentences.add(say(verdict == Verdict.GRADED ? "missed" : "shouldCover",
                    Map.of("items", items(missed), "source", card.source())));
        } else if (verdict == Verdict.GRADED && pitfalls.isEmpty() && outcome.partly().isEmpty()) {
            sentences.add(say("complete"));
        }
        if (sentences.size() < 2) {
            sentences.add(say("reference", Map.of("source", card.source())));
        }
        return String.join(say("sentenceSeparator"), sentences.subList(0, Math.min(4, sentences.size())));
    }

    /** "Your note covers X; the answer also says Y, which the note does not cover." */
    private String beyondTheNote(Outcome outcome) {
        List<KeyPoint> all = new ArrayList<>(outcome.covered());
        all.addAll(outcome.partly());
        all.addAll(outcome.missed());
        String extra = String.join(say("itemSeparator"), outcome.beyond().stream().map(this::clip).toList());
        return say("beyondTheNote", Map.of("items", items(all), "extra", extra));
    }

    private String offTopic(Card rival) {
        if (rival == null) {
            return say("offTopic");
        }
        String other = english && !rival.questionEn().isBlank() ? rival.questionEn() : rival.question();
        return say("otherQuestion", Map.of("question", clip(other)));
    }

    private String pitfall(PitfallHit hit) {
        String evidence = clip(hit.evidence());
        return hit.correction().isBlank() ? say("pitfall", Map.of("evidence", evidence))
                : say("pitfallCorrected", Map.of("evidence", evidence, "correction", clip(hit.correction())));
    }

    private String items(List<KeyPoint> points) {
        List<String> names = points.stream().limit(ITEMS)
                .map(p -> clip(english && !p.english().isBlank() ? p.english() : p.text())).toList();
        String joined = String.join(say("itemSeparator"), names);
        return points.size() > ITEMS ? say("andMore", Map.of("items", joined)) : joined;
    }

    private String clip(String text) {
        String t = TRAILING_STOPS.matcher(text.strip()).replaceAll("");
        int max = english ? ITEM_CHARS_EN : ITEM_CHARS_ZH;
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }

    private String say(String name) {
        return words.text("grading." + name);
    }

    /** The text {@code grading.<name>} with its placeholders filled in. */
    private String say(String name, Map<String, String> values) {
        return words.text("grading." + name, values);
    }
}
