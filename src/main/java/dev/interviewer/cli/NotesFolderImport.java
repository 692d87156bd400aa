package dev.interviewer.cli;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.CardIds;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.portable.CardImporter;
import dev.interviewer.portable.ImportException;
import dev.interviewer.portable.ImportSummary;
import dev.interviewer.portable.OutputConflictException;
import dev.interviewer.portable.Skipped;
import dev.interviewer.web.ApiException;
import dev.interviewer.web.NotesImport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Imports an uploaded bank into {@code imported/<name>/} under the server's notes folder: the notes folder grows,
 * nothing in it is replaced unless asked. The folder is read again before this returns, so the new cards can be
 * practised at once (their search index follows in the background).
 */
final class NotesFolderImport implements NotesImport {
    /** Uploads go here, one folder per bank, so that they never mix with the user's own notes. */
    static final String FOLDER = "imported";

    private final Path notes;
    private final Supplier<KnowledgeBase> refresh;

    /** @param refresh reads the notes folder again and returns its cards */
    NotesFolderImport(Path notes, Supplier<KnowledgeBase> refresh) {
        this.notes = notes;
        this.refresh = refresh;
    }

    // One import at a time: two uploads of the same name must not interleave in one folder.
    @Override
    public synchronized Result importFile(Path file, boolean replace) throws IOException {
        String name = file.getFileName().toString();
        String folder = FOLDER + "/" + CardIds.slug(name.contains(".") ? name.substring(0, name.lastIndexOf('.'))
                : name);
        ImportSummary summary;
        try {
            summary = new CardImporter().importFile(file, notes.resolve(folder), null, replace);
        } catch (OutputConflictException e) {
            throw new ApiException(409, folder + " already holds notes of an earlier import of " + name + " that"
                    + " differ from these: import again with 'replace' to update them, or rename the file");
        } catch (ImportException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        KnowledgeBase knowledge = refresh.get();
        int practisable = (int) knowledge.answerableCards().stream().filter(c -> inFolder(c, folder)).count();
        return new Result(summary.source(), folder, summary.cards(), summary.files(), summary.media(),
                byReason(summary.skipped()), summary.warnings(), practisable);
    }

    private static boolean inFolder(Card card, String folder) {
        return card.file().replace('\\', '/').startsWith(folder + "/");
    }

    private static List<SkippedReason> byReason(List<Skipped> skipped) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        skipped.forEach(s -> byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(s.where()));
        List<SkippedReason> reasons = new ArrayList<>();
        byReason.forEach((reason, where) -> reasons.add(new SkippedReason(reason, where.size(),
                where.subList(0, Math.min(3, where.size())))));
        return reasons;
    }
}
