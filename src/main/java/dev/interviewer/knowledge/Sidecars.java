package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Annotations kept beside a note rather than in it: {@code <name>.annotations.md} next to {@code <name>.md} holds, for
 * each card, a heading naming the card (its id, or its title when that is unique in the note) followed by labelled
 * lists in the format of inline annotations (knowledge/README.md). A sidecar's list replaces the card's list of that
 * label (key points, follow-ups, pitfalls, question, level); tags and sources are added. Problems are reported
 * against the sidecar's own lines.
 */
final class Sidecars {
    /** How a sidecar's name ends; such files are never read as notes themselves. */
    static final String SUFFIX = ".annotations.md";

    private final Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    static boolean isSidecar(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** "rl/ppo.md" -> "rl/ppo.annotations.md". */
    static String sidecarOf(String noteName) {
        return noteName.replaceFirst("(?i)\\.(md|markdown)$", "") + SUFFIX;
    }

    /** The note's cards with the sidecar's annotations merged in; the sidecar's problems go to {@code problems}. */
    List<Card> merge(String sidecar, String text, String note, List<Card> cards, List<NoteProblem> problems) {
        String normalized = NoteParser.normalize(text);
        ProblemLog log = new ProblemLog(sidecar);
        SourceText source = new SourceText(normalized);
        AnnotationReader reader = new AnnotationReader(source, log);
        AnnotatedItems items = new AnnotatedItems(log);
        CardLookup lookup = new CardLookup(cards);
        Map<String, Card> merged = new HashMap<>();
        for (Section section : sections(markdown.parse(normalized), source, log)) {
            Card card = lookup.find(section.name());
            if (card == null) {
                log.add(section.line(), "\"" + section.name() + "\" names no card of " + note
                        + " (write the card's id or its title as the heading)");
                continue;
            }
            Annotations annotations = reader.read(section.body());
            if (!annotations.referenceBlocks().isEmpty()) {
                log.add(section.line(), "text under \"" + section.name() + "\" that is not an annotation is ignored");
            }
            merged.put(card.id(), apply(merged.getOrDefault(card.id(), card), annotations, items));
        }
        problems.addAll(log.problems());
        return cards.stream().map(c -> merged.getOrDefault(c.id(), c)).toList();
    }

    private static Card apply(Card card, Annotations a, AnnotatedItems items) {
        List<Item> points = a.items(Label.KEY_POINTS);
        List<KeyPoint> keyPoints = points.isEmpty() ? card.keyPoints() : items.keyPoints(points);
        List<Item> asked = a.items(Label.FOLLOW_UPS);
        List<FollowUp> followUps = asked.isEmpty() ? retarget(card.followUps(), keyPoints.size())
                : items.followUps(asked, keyPoints.size());
        List<Item> wrong = a.items(Label.PITFALLS);
        List<Pitfall> pitfalls = wrong.isEmpty() ? card.pitfalls() : items.pitfalls(wrong);
        Item question = a.last(Label.QUESTION);
        CardQuestion q = question == null ? new CardQuestion(card.question(), card.questionEn())
                : CardQuestion.of(card.title(), question, card.reference(), card.path());
        return new Card(card.id(), card.file(), card.line(), card.path(), card.title(), q.text(), q.english(),
                card.reference(), keyPoints, followUps, pitfalls, items.level(a.last(Label.LEVEL), card.level()),
                AnnotatedItems.tags(card.tags(), a.items(Label.TAGS)),
                AnnotatedItems.sources(card.sources(), a.items(Label.SOURCES)), card.askable());
    }

    // The note's own follow-ups may aim at points the sidecar renumbered away: they stay, aimed at none.
    private static List<FollowUp> retarget(List<FollowUp> followUps, int keyPoints) {
        return followUps.stream().map(f -> f.targetKeyPoint() <= keyPoints ? f
                : new FollowUp(f.question(), f.english(), 0)).toList();
    }

    /** A heading of the sidecar (the card it names) and the blocks under it. */
    private record Section(String name, int line, List<Node> body) {
    }

    private static List<Section> sections(Node document, SourceText source, ProblemLog log) {
        List<Section> sections = new ArrayList<>();
        String name = null;
        int line = 0;
        List<Node> body = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                if (name != null) {
                    sections.add(new Section(name, line, body));
                }
                name = InlineMarkdown.plain(heading.getFirstChild() == null ? ""
                        : source.raw(heading.getFirstChild(), heading.getLastChild())).strip();
                line = SourceText.line(heading);
                body = new ArrayList<>();
            } else if (name != null) {
                body.add(block);
            } else if (!(block instanceof org.commonmark.node.HtmlBlock)) {
                log.add(SourceText.line(block), "annotations before the first heading belong to no card: ignored");
            }
        }
        if (name != null) {
            sections.add(new Section(name, line, body));
        }
        return sections;
    }

    /** Finds a card by id, or by a title that only one card of the note has. */
    private static final class CardLookup {
        private final Map<String, Card> byId = new HashMap<>();
        private final Map<String, List<Card>> byTitle = new HashMap<>();

        CardLookup(List<Card> cards) {
            for (Card card : cards) {
                byId.put(card.id(), card);
                byTitle.computeIfAbsent(card.title(), t -> new ArrayList<>()).add(card);
            }
        }

        Card find(String name) {
            Card card = byId.get(name);
            if (card != null) {
                return card;
            }
            List<Card> titled = byTitle.getOrDefault(name, List.of());
            return titled.size() == 1 ? titled.get(0) : null;
        }
    }
}
