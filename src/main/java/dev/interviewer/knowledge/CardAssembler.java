package dev.interviewer.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Turns the sections of one file into cards: heading paths, topic groups, annotations and derived defaults. */
final class CardAssembler {
    private final String file;
    private final FrontMatter defaults;
    private final ProblemLog problems;
    private final AnnotationReader annotations;
    private final AnnotatedItems items;
    private final ReferenceText references;
    private final KeyPointDeriver deriver;
    private final CardIdRegistry ids;

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
            boolean hasChildren = i + 1 < sections.size() && sections.get(i + 1).level() > section.level();
            boolean hasText = !section.lead().isBlank() || section.body().stream().anyMatch(references::isContent);
            // A heading with no text of its own but with sub-headings is a topic group, not a card.
            if (hasText || !hasChildren) {
                cards.add(card(section, title, path(open)));
            }
            open.push(new Heading(section.level(), title.title()));
        }
        return cards;
    }

    private List<String> path(Deque<Heading> open) {
        List<String> path = new ArrayList<>();
        open.descendingIterator().forEachRemaining(h -> path.add(h.title()));
        if (!defaults.topic().isEmpty() && (path.isEmpty() || !path.get(0).equals(defaults.topic()))) {
            path.add(0, defaults.topic());
        }
        return path;
    }

    private Card card(Section section, CleanTitle clean, List<String> path) {
        Annotations notes = annotations.read(section.body());
        String reference = references.of(section.lead(), notes.referenceBlocks());
        List<KeyPoint> keyPoints = notes.items(Label.KEY_POINTS).isEmpty()
                ? deriver.derive(section.lead(), notes.referenceBlocks())
                : items.keyPoints(notes.items(Label.KEY_POINTS));
        String title = clean.title();
        CardQuestion question = CardQuestion.of(title, notes.last(Label.QUESTION), reference, path);
        return new Card(ids.assign(title, path, section.line()), file, section.line(), path, title,
                question.text(), question.english(), reference, keyPoints,
                items.followUps(notes.items(Label.FOLLOW_UPS), keyPoints.size()),
                items.pitfalls(notes.items(Label.PITFALLS)),
                items.level(notes.last(Label.LEVEL), defaults.level()),
                AnnotatedItems.tags(defaults.tags(), notes.items(Label.TAGS)),
                AnnotatedItems.sources(clean.urls(), notes.items(Label.SOURCES)));
    }

    /** An open heading: its level and cleaned title. */
    private record Heading(int level, String title) {
    }
}
