package dev.interviewer.enrich;

import dev.interviewer.enrich.CardSuggestions.Rejected;
import dev.interviewer.enrich.Suggestion.Kind;
import dev.interviewer.enrich.Suggestion.Status;
import dev.interviewer.knowledge.Card;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a model's proposal into suggestions for review, keeping only what the card's own note supports
 * ({@link Grounding}): a key point must be said by the note, a pitfall's correction too (while the note must not
 * state the wrong claim itself), and a follow-up must aim at a key point that was kept. What is thrown out is kept
 * with the reason, so a reviewer can see what the model said and why it went.
 */
public final class ProposalCheck {
    static final int MAX_POINTS = 7;
    static final int MAX_PITFALLS = 5;
    static final int MAX_FOLLOW_UPS = 5;
    static final int MAX_TAGS = 6;
    static final int MAX_CHARS = 300;
    private static final int MAX_TAG_CHARS = 30;
    // A weight or target marker the model copied into its text would be read again when written.
    private static final Pattern MARKER = Pattern.compile("^\\[\\s*(w|kp)\\s*[=:\uFF1A][^\\]]*]\\s*");

    private final Grounding grounding;

    public ProposalCheck(Grounding grounding) {
        this.grounding = Objects.requireNonNull(grounding, "grounding");
    }

    /** The suggestions kept and the items rejected. */
    public record Checked(List<Suggestion> items, List<Rejected> rejected) {
        public Checked {
            items = List.copyOf(items);
            rejected = List.copyOf(rejected);
        }
    }

    /** Checks a proposal for the card; a proposal with no key points list is not a proposal (it throws). */
    public Checked check(Card card, Proposal proposal) {
        if (proposal == null || proposal.keyPoints() == null) {
            throw new InvalidProposalException("the reply has no key points");
        }
        Grounding.Note note = grounding.note(card);
        List<Suggestion> items = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<Integer, String> keptPoints = keyPoints(note, proposal.keyPoints(), items, rejected);
        pitfalls(note, orEmpty(proposal.pitfalls()), items, rejected);
        followUps(orEmpty(proposal.followUps()), keptPoints, items, rejected);
        if (proposal.level() >= 1 && proposal.level() <= 3) {
            items.add(new Suggestion("level", Kind.LEVEL, Integer.toString(proposal.level()), "", 0, "", "", "",
                    Status.PENDING));
        }
        tags(card, orEmpty(proposal.tags()), items);
        return new Checked(items, rejected);
    }

    /** Kept key points by their number in the proposal (from 1), to their suggestion id. */
    private Map<Integer, String> keyPoints(Grounding.Note note, List<Proposal.Point> points, List<Suggestion> items,
            List<Rejected> rejected) {
        Map<Integer, String> kept = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            Proposal.Point p = points.get(i);
            String text = clean(p == null ? null : p.text());
            if (text.isEmpty() || !seen.add(text)) {
                continue;
            }
            if (kept.size() == MAX_POINTS) {
                rejected.add(new Rejected(Kind.KEY_POINT, text, "more than " + MAX_POINTS + " key points"));
                continue;
            }
            Grounding.Support support = note.check(text);
            if (!support.supported()) {
                rejected.add(new Rejected(Kind.KEY_POINT, text, "not supported by the note: " + support.describe()));
                continue;
            }
            String id = "kp" + (kept.size() + 1);
            kept.put(i + 1, id);
            items.add(new Suggestion(id, Kind.KEY_POINT, text, clean(p.english()), Math.max(1, Math.min(3, p.weight())),
                    "", "", support.passage(), Status.PENDING));
        }
        return kept;
    }

    private static void followUps(List<Proposal.Question> questions, Map<Integer, String> keptPoints,
            List<Suggestion> items, List<Rejected> rejected) {
        int n = 0;
        for (Proposal.Question q : questions) {
            String text = clean(q == null ? null : q.question());
            if (text.isEmpty()) {
                continue;
            }
            String target = keptPoints.get(q.keyPoint());
            if (target == null) {
                rejected.add(new Rejected(Kind.FOLLOW_UP, text, "aims at no key point that was kept (key point "
                        + q.keyPoint() + ")"));
            } else if (n < MAX_FOLLOW_UPS) {
                items.add(new Suggestion("fu" + ++n, Kind.FOLLOW_UP, text, clean(q.english()), 0, "", target, "",
                        Status.PENDING));
            }
        }
    }

    private static void pitfalls(Grounding.Note note, List<Proposal.Mistake> mistakes, List<Suggestion> items,
            List<Rejected> rejected) {
        int n = 0;
        for (Proposal.Mistake m : mistakes) {
            String claim = clean(m == null ? null : m.claim());
            if (claim.isEmpty() || n == MAX_PITFALLS) {
                continue;
            }
            String correction = clean(m.correction());
            Grounding.Support right = correction.isEmpty() ? null : note.check(correction);
            if (right == null || !right.supported()) {
                rejected.add(new Rejected(Kind.PITFALL, claim, right == null ? "no correction"
                        : "the correction is not supported by the note: " + right.describe()));
                continue;
            }
            Grounding.Support wrong = note.check(claim);
            if (wrong.similarity() >= Grounding.CLOSE) {
                rejected.add(new Rejected(Kind.PITFALL, claim, "the note says this itself: it is no misconception"));
                continue;
            }
            items.add(new Suggestion("pf" + ++n, Kind.PITFALL, claim, clean(m.english()), 0, correction, "",
                    right.passage(), Status.PENDING));
        }
    }

    private static void tags(Card card, List<String> proposed, List<Suggestion> items) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : proposed) {
            String t = clean(tag).replaceFirst("^#", "").toLowerCase(Locale.ROOT);
            boolean oneTag = !t.matches(".*[,\uFF0C;\uFF1B].*");
            if (!t.isEmpty() && t.length() <= MAX_TAG_CHARS && oneTag && !card.tags().contains(t)) {
                tags.add(t);
            }
        }
        int n = 0;
        for (String tag : tags) {
            if (n < MAX_TAGS) {
                items.add(new Suggestion("tag" + ++n, Kind.TAG, tag, "", 0, "", "", "", Status.PENDING));
            }
        }
    }

    /** One line, no Markdown list syntax that would break an annotation item, at most {@link #MAX_CHARS}. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = MARKER.matcher(text.replaceAll("\\s+", " ").strip()).replaceFirst("").replace("=>", "->")
                .replace("\u21D2", "->").replaceAll("(?i)\\|\\s*en\\s*:", "/ en:").strip();
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS).strip() + "…";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
