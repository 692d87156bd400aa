package dev.interviewer.knowledge;

import java.nio.file.Path;
import java.util.List;

/** Reads every Markdown file under a notes folder into a {@link KnowledgeBase}. */
public final class NotesLoader {
    public KnowledgeBase load(Path folder) {
        // Placeholder until the parser lands: no cards, one problem saying so.
        return new KnowledgeBase(List.of(), List.of(new NoteProblem(folder.toString(), 0, "parser not built yet")));
    }
}
