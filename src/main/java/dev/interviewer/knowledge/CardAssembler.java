package dev.interviewer.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Node;

/** Turns the sections of one file into cards: heading paths, topic groups, annotations and derived defaults. */
final class CardAssembler {
    private static final String PARENT_SEPARATOR = " · ";

    private final String file;
    private final FrontMatter defaults;
    private final ProblemLog problems;
    private final AnnotationReader annotations;
    private final AnnotatedItems items;
    private final ReferenceText references;
    private final KeyPointDeriver deriver;
    private final CardIdRegistry ids;
    private final GenericHeadings generic = GenericHeadings.bundled();

    CardAssembler(String file, SourceText source, FrontMatter defaults, ProblemLog problems) {
        this.file = file;
        this.defaults = defaults;
        this.problems = problems;
        this.annotations = new AnnotationReader(source, problems);
        this.items = new AnnotatedItems(problems);
        this.references = new ReferenceText(source);
        this.deriver = new KeyPointDeriver(source);
        this.ids = new CardIdRegistry(file, problems);
    }

    List<Card> cards(List<Section> sections) {
        List<Card> cards = new ArrayList<>();
        Deque<Heading> open = new ArrayDeque<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            while (!open.isEmpty() && open.peek().level() >= section.level()) {
                open.pop();
            }
            CleanTitle title = HeadingTitles.clean(section.title());
            if (title.title().isEmpty()) {
                problems.add(section.line(), "heading has no title, so the text under it belongs to no card");
                continue;
            }
            int end = endOfChildren(sections, i);
            boolean hasChildren = end > i + 1;
            boolean hasText = hasText(section);
            if (section.kind() == Section.Kind.PREAMBLE && !hasText) {
                // A comment or a rule above the first heading ("<!-- imported from ... -->") is no card.
                continue;
            }
            if (!hasText && hasChildren && allAnswers(sections, i + 1, end)) {
                // "## Q1: ..." then "### ✅ Answer": the question and its answer are one card.
                add(cards, card(merged(section, sections.subList(i + 1, end)), title, path(open)));
                i = end - 1;
                continue;
            }
            // A heading with no text of its own but with sub-headings is a topic group, not a card.
            if (hasText || !hasChildren) {
                add(cards, card(section, title, path(open)));
            }
            open.push(new Heading(section.level(), title.title()));
        }
        return cards;
    }

    private boolean hasText(Section section) {
        return !section.lead().isBlank() || section.body().stream().anyMatch(references::isContent);
    }

    private static int endOfChildren(List<Section> sections, int i) {
        int end = i + 1;
        while (end < sections.size() && sections.get(end).level() > sections.get(i).level()) {
            end++;
        }
        return end;
    }

    private boolean allAnswers(List<Section> sections, int from, int to) {
        return sections.subList(from, to).stream().allMatch(s -> s.kind() == Section.Kind.HEADING
                && generic.isAnswer(HeadingTitles.clean(s.title()).title()));
    }

    private static Section merged(Section question, List<Section> answers) {
        List<Node> body = new ArrayList<>(question.body());
        answers.forEach(a -> body.addAll(a.body()));
        return question.withBody(body);
    }

    private static void add(List<Card> cards, Card card) {
        if (card != null) {
            cards.add(card);
        }
    }

    private List<String> path(Deque<Heading> open) {
        List<String> path = new ArrayList<>();
        open.descendingIterator().forEachRemaining(h -> path.add(h.title()));
        if (!defaults.topic().isEmpty() && (path.isEmpty() || !path.get(0).equals(defaults.topic()))) {
            path.add(0, defaults.topic());
        }
        return path;
    }

    /** The card of a section, or null when the section holds only links or pictures (a "References" list). */
    private Card card(Section section, CleanTitle clean, List<String> path) {
        Annotations notes = annotations.read(section.body());
        String reference = references.of(section.lead(), notes.referenceBlocks());
        if (notes.isEmpty() && LinkOnly.is(reference)) {
            return null;
        }
        // An annotated card was written to be asked: its author's heading stands (and so does its id).
        boolean genericTitle = section.kind() == Section.Kind.HEADING && notes.isEmpty()
                && generic.isGeneric(clean.title());
        String title = genericTitle ? parentOf(path) + PARENT_SEPARATOR + clean.title() : clean.title();
        List<KeyPoint> keyPoints = notes.items(Label.KEY_POINTS).isEmpty()
                ? deriver.derive(title + " " + parentOf(path), section.lead(), notes.referenceBlocks())
                : items.keyPoints(notes.items(Label.KEY_POINTS));
        boolean askable = section.kind() != Section.Kind.PREAMBLE && !genericTitle;
        CardQuestion question = CardQuestion.of(title, notes.last(Label.QUESTION), reference, path);
        return new Card(ids.assign(title, path, section.line()), file, section.line(), path, title,
                question.text(), question.english(), reference, keyPoints,
                items.followUps(notes.items(Label.FOLLOW_UPS), keyPoints.size()),
                items.pitfalls(notes.items(Label.PITFALLS)),
                items.level(notes.last(Label.LEVEL), defaults.level()),
                AnnotatedItems.tags(defaults.tags(), notes.items(Label.TAGS)),
                AnnotatedItems.sources(clean.urls(), notes.items(Label.SOURCES)), askable);
    }

    private String parentOf(List<String> path) {
        return path.isEmpty() ? NoteParser.preambleTitle(file) : path.get(path.size() - 1);
    }

    /** An open heading: its level and cleaned title. */
    private record Heading(int level, String title) {
    }
}
