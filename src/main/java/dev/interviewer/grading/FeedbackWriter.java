package dev.interviewer.grading;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import java.util.ArrayList;
import java.util.List;

/** Writes the 2-4 sentence feedback of an offline grade, in Chinese or English, naming the key points. */
final class FeedbackWriter {
    private static final int ITEMS = 3;
    // Chinese packs more into a character: an item is clipped at about the same reading length in both.
    private static final int ITEM_CHARS_ZH = 40;
    private static final int ITEM_CHARS_EN = 90;

    private final boolean english;
    private final Card card;

    FeedbackWriter(Card card, String language) {
        this.card = card;
        this.english = "en".equals(language);
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
            case EMPTY -> sentences.add(english
                    ? "There is no answer to grade: it is empty, says \"I don't know\" or repeats the question."
                    : "没有可以评分的回答：内容为空、表示不知道，或只是复述了问题。");
            case KEYWORDS -> sentences.add(english
                    ? "The answer only lists terms without saying what they do or why, so it earns no credit."
                    : "回答只罗列了术语，没有说明它们是什么、为什么，因此不计分。");
            case OFF_TOPIC -> sentences.add(offTopic(rival));
            case GRADED -> {
                if (!covered.isEmpty()) {
                    sentences.add(english ? "You covered: " + items(covered) + "." : "讲到了：" + items(covered) + "。");
                }
                if (!outcome.partly().isEmpty()) {
                    sentences.add(english ? "Only partly: " + items(outcome.partly()) + "."
                            : "只讲到一部分：" + items(outcome.partly()) + "。");
                }
                pitfalls.stream().limit(1).forEach(p -> sentences.add(pitfall(p)));
                if (!outcome.beyond().isEmpty()) {
                    sentences.add(beyondTheNote(outcome));
                }
            }
        }
        if (!missed.isEmpty()) {
            String lead = verdict == Verdict.GRADED ? (english ? "You missed: " : "遗漏了：")
                    : (english ? "A good answer covers: " : "好的回答应当讲到：");
            sentences.add(lead + items(missed) + (english ? " (see " + card.source() + ")." : "（见 " + card.source()
                    + "）。"));
        } else if (verdict == Verdict.GRADED && pitfalls.isEmpty() && outcome.partly().isEmpty()) {
            sentences.add(english ? "Every key point is there; an example or a number would make it stronger."
                    : "要点都讲到了，再补充一个例子或具体数字会更有说服力。");
        }
        if (sentences.size() < 2) {
            sentences.add(english ? "Reference: " + card.source() + "." : "参考笔记：" + card.source() + "。");
        }
        return String.join(english ? " " : "", sentences.subList(0, Math.min(4, sentences.size())));
    }

    /** "Your note covers X; the answer also says Y, which the note does not cover." */
    private String beyondTheNote(Outcome outcome) {
        List<KeyPoint> all = new ArrayList<>(outcome.covered());
        all.addAll(outcome.partly());
        all.addAll(outcome.missed());
        String extra = String.join(english ? "; " : "；", outcome.beyond().stream().map(this::clip).toList());
        return english ? "Your note covers: " + items(all) + "; the answer also says \"" + extra
                + "\", which the note does not cover, so that part is not graded."
                : "你的笔记只写到：" + items(all) + "；回答还讲到了“" + extra + "”，笔记里没有，这部分无法据此评分。";
    }

    private String offTopic(Card rival) {
        if (rival == null) {
            return english ? "The answer does not address this question." : "这个回答没有回应本题。";
        }
        String other = english && !rival.questionEn().isBlank() ? rival.questionEn() : rival.question();
        return english ? "The answer addresses a different question (\"" + clip(other) + "\"), not this one."
                : "这个回答讲的是另一个问题（“" + clip(other) + "”），而不是本题。";
    }

    private String pitfall(PitfallHit hit) {
        String evidence = clip(hit.evidence());
        if (english) {
            return "Careful: \"" + evidence + "\" is a common misconception" + (hit.correction().isBlank() ? "."
                    : " (" + clip(hit.correction()) + ").");
        }
        return "注意：“" + evidence + "”是常见误区" + (hit.correction().isBlank() ? "。" : "，" + clip(hit.correction())
                + "。");
    }

    private String items(List<KeyPoint> points) {
        List<String> names = points.stream().limit(ITEMS)
                .map(p -> clip(english && !p.english().isBlank() ? p.english() : p.text())).toList();
        String joined = String.join(english ? "; " : "；", names);
        return points.size() > ITEMS ? joined + (english ? "; and more" : " 等") : joined;
    }

    private String clip(String text) {
        String t = text.strip().replaceAll("[。.；;]+$", "");
        int max = english ? ITEM_CHARS_EN : ITEM_CHARS_ZH;
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }
}
