package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsNestedFoldersInPathOrderSkippingTheRootReadmeHiddenFoldersAndOtherFiles() {
        KnowledgeBase kb = new NotesLoader().load(Fixtures.notes("folder"));
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.cards()).extracting(Card::id, Card::file).containsExactly(
                tuple("rl/deep/grpo/grpo", "rl/deep/grpo.markdown"),
                tuple("rl/ppo/ppo", "rl/ppo.md"),
                tuple("sub/README/sub-readme", "sub/README.md"));
        assertThat(kb.card("rl/ppo/ppo")).get().extracting(Card::reference).isEqualTo("PPO 是 on-policy 算法。");
    }

    @Test
    void badFilesBecomeProblemsAndTheOtherFilesStillLoad() throws IOException {
        write("a-good.md", "# Good\n\ntext\n".getBytes(StandardCharsets.UTF_8));
        write("binary.md", new byte[] {'#', ' ', 'x', '\n', 'a', 0, 'b'});
        write("latin1.md", "# Caf\u00e9\n\nline two\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        write("huge.md", new byte[(int) NoteFiles.MAX_BYTES + 1]);
        Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("nowhere.md"));
        write("z-fence.md", "# Z\n\n```\ncode\n".getBytes(StandardCharsets.UTF_8));

        KnowledgeBase kb = new NotesLoader().load(dir);

        assertThat(kb.cards()).extracting(Card::title).containsExactly("Good", "Z");
        assertThat(kb.problems()).extracting(NoteProblem::file, NoteProblem::line).containsExactly(
                tuple("binary.md", 2), tuple("dangling.md", 0), tuple("huge.md", 0), tuple("latin1.md", 1),
                tuple("z-fence.md", 3));
        assertThat(kb.problems()).extracting(NoteProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("binary"),
                m -> assertThat(m).contains("cannot read"),
                m -> assertThat(m).contains("larger than 2 MB"),
                m -> assertThat(m).contains("not UTF-8"),
                m -> assertThat(m).contains("never closed"));
    }

    @Test
    void readsUtf8WithBomAndCrlf() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "# 标题\r\n\r\n正文。\r\n".getBytes(StandardCharsets.UTF_8);
        write("bom.md", concat(bom, text));
        KnowledgeBase kb = new NotesLoader().load(dir);
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.cards()).extracting(Card::id, Card::reference).containsExactly(tuple("bom/标题", "正文。"));
    }

    @Test
    void theSameIdFromTwoFilesIsReportedAndRenamed() throws IOException {
        write("a.md", "# X\n\none\n".getBytes(StandardCharsets.UTF_8));
        write("a.markdown", "# X\n\ntwo\n".getBytes(StandardCharsets.UTF_8));
        KnowledgeBase kb = new NotesLoader().load(dir);
        assertThat(kb.cards()).extracting(Card::id, Card::reference)
                .containsExactly(tuple("a/x", "two"), tuple("a/x-2", "one"));
        assertThat(kb.problems()).extracting(NoteProblem::toString)
                .containsExactly("a.md:1: card id a/x is also used by a.markdown:1; this card's id is a/x-2");
    }

    @Test
    void aMissingFolderIsAProblemNotACrash() {
        KnowledgeBase kb = new NotesLoader().load(dir.resolve("missing"));
        assertThat(kb.cards()).isEmpty();
        assertThat(kb.problems()).extracting(NoteProblem::message).containsExactly("notes folder not found");
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void loadsEveryFixtureStyleTogetherWithoutCrashing() {
        KnowledgeBase kb = new NotesLoader().load(Fixtures.notes(""));
        assertThat(kb.cards()).hasSizeGreaterThan(30);
        assertThat(Stream.of("annotated.md", "seed-style.md", "numbered-questions.md", "bold-qa.md"))
                .allSatisfy(f -> assertThat(kb.cards()).anySatisfy(c -> assertThat(c.file()).isEqualTo(f)));
    }
}
