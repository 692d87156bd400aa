package dev.interviewer.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads every Markdown file under a notes folder into a {@link KnowledgeBase}; a bad file never stops the rest. */
public final class NotesLoader {
    private final NoteParser parser = new NoteParser();
    private final Sidecars sidecars = new Sidecars();

    /** The annotation sidecar of a note: "rl/ppo.md" -> "rl/ppo.annotations.md". */
    public static String sidecarOf(String note) {
        return Sidecars.sidecarOf(note);
    }

    public KnowledgeBase load(Path folder) {
        List<Card> cards = new ArrayList<>();
        List<NoteProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            NoteProblem missing = new NoteProblem(folder.toString(), 0, "notes folder not found");
            return new KnowledgeBase(List.of(), List.of(missing));
        }
        List<Path> files;
        try {
            files = NoteFiles.list(folder, problems);
        } catch (IOException e) {
            return new KnowledgeBase(List.of(), List.of(new NoteProblem(folder.toString(), 0, "cannot list: " + e)));
        }
        for (Path file : files) {
            String name = NoteFiles.relative(folder, file);
            NoteFiles.Read read = NoteFiles.read(file, name);
            if (read.problem() != null) {
                problems.add(read.problem());
                continue;
            }
            ParsedNote note = parse(name, read.text());
            cards.addAll(withSidecar(folder, name, note.cards(), problems));
            problems.addAll(note.problems());
        }
        reportOrphanSidecars(folder, files, problems);
        Glossary glossary = Glossary.load(folder, problems);
        return new KnowledgeBase(uniqueIds(Boilerplate.without(cards, problems), problems), problems, glossary);
    }

    /** The note's cards with the annotations of its sidecar ({@code <name>.annotations.md}) merged in. */
    private List<Card> withSidecar(Path folder, String note, List<Card> noteCards, List<NoteProblem> problems) {
        String name = Sidecars.sidecarOf(note);
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return noteCards;
        }
        NoteFiles.Read read = NoteFiles.read(file, name);
        if (read.problem() != null) {
            problems.add(read.problem());
            return noteCards;
        }
        try {
            return sidecars.merge(name, read.text(), note, noteCards, problems);
        } catch (RuntimeException e) {
            problems.add(new NoteProblem(name, 0, "could not read the annotations: " + e));
            return noteCards;
        }
    }

    private static void reportOrphanSidecars(Path folder, List<Path> notes, List<NoteProblem> problems) {
        try {
            List<String> expected = notes.stream().map(n -> Sidecars.sidecarOf(NoteFiles.relative(folder, n))).toList();
            for (Path sidecar : NoteFiles.sidecars(folder)) {
                String name = NoteFiles.relative(folder, sidecar);
                if (!expected.contains(name)) {
                    problems.add(new NoteProblem(name, 0, "annotations for a note that does not exist ("
                            + name.substring(0, name.length() - Sidecars.SUFFIX.length()) + ".md): ignored"));
                }
            }
        } catch (IOException e) {
            problems.add(new NoteProblem(folder.toString(), 0, "cannot list annotation files: " + e));
        }
    }

    private ParsedNote parse(String name, String text) {
        try {
            return parser.parse(name, text);
        } catch (RuntimeException e) {
            // A parser bug on one odd file must not cost the user all their other notes.
            return new ParsedNote(List.of(), List.of(new NoteProblem(name, 0, "could not parse: " + e)));
        }
    }

    /** "a.md" and "a.markdown" give the same ids: keep the first, rename the later ones. */
    private static List<Card> uniqueIds(List<Card> cards, List<NoteProblem> problems) {
        Map<String, Card> seen = new HashMap<>();
        List<Card> unique = new ArrayList<>();
        for (Card card : cards) {
            Card first = seen.putIfAbsent(card.id(), card);
            if (first == null) {
                unique.add(card);
                continue;
            }
            String id = card.id();
            for (int n = 2; seen.containsKey(id); n++) {
                id = card.id() + "-" + n;
            }
            problems.add(new NoteProblem(card.file(), card.line(), "card id " + card.id() + " is also used by "
                    + first.file() + ":" + first.line() + "; this card's id is " + id));
            Card renamed = withId(card, id);
            seen.put(id, renamed);
            unique.add(renamed);
        }
        return unique;
    }

    private static Card withId(Card c, String id) {
        return new Card(id, c.file(), c.line(), c.path(), c.title(), c.question(), c.questionEn(), c.reference(),
                c.keyPoints(), c.followUps(), c.pitfalls(), c.level(), c.tags(), c.sources(), c.askable());
    }
}
