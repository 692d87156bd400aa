package dev.interviewer.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Imports an uploaded question bank into the notes folder the server serves (the composition root wires the
 * importer behind it). Refuses a file it cannot import with an {@link ApiException}: 400 with what is wrong with
 * the file, 409 when an earlier import of the same name wrote different notes and {@code replace} is false.
 */
public interface NotesImport {
    /**
     * @param file    the uploaded file, under its own name (its extension says what kind of bank it is)
     * @param replace whether notes of an earlier import with the same name may be replaced
     */
    Result importFile(Path file, boolean replace) throws IOException;

    /**
     * What an import wrote, for the page: the same summary the {@code import} command prints.
     *
     * @param folder      where the notes went, relative to the notes folder ("imported/my-deck"); as a topic of
     *                    {@code POST /api/interviews} it selects exactly these cards
     * @param practisable cards of the folder the app can ask now (those with a reference answer)
     */
    record Result(String source, String folder, int cards, List<String> files, int media,
                  List<SkippedReason> skipped, List<String> warnings, int practisable) {
        public Result {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(folder, "folder");
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            warnings = List.copyOf(warnings);
        }
    }

    /** Cards skipped for one reason: how many, and where the first few were in the bank. */
    record SkippedReason(String reason, int count, List<String> examples) {
        public SkippedReason {
            examples = List.copyOf(examples);
        }
    }
}
