package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.CardIds;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NoteProblem;
import dev.interviewer.testing.CardBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIndexTest {
    @TempDir
    Path notes;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final FakeEmbedder model = new FakeEmbedder();
    private LiveIndex live;

    @AfterEach
    void close() {
        if (live != null) {
            live.close();
        }
    }

    /** A tiny stand-in for the notes parser: "# Title" starts a card; a file saying BROKEN does not parse. */
    private static KnowledgeBase load(Path folder) {
        List<Card> cards = new ArrayList<>();
        List<NoteProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                if (text.contains("BROKEN")) {
                    problems.add(new NoteProblem(name, 3, "cannot parse"));
                    continue;
                }
                for (String section : text.split("(?m)^# ")) {
                    if (!section.isBlank()) {
                        String[] parts = section.split("\n", 2);
                        String title = parts[0].strip();
                        cards.add(CardBuilder.card(CardIds.of(name, title)).file(name).path(List.of("notes"))
                                .title(title).reference(parts.length > 1 ? parts[1].strip() : "").build());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnowledgeBase(cards, problems);
    }

    private LiveIndex open() {
        live = new LiveIndex(notes, LiveIndexTest::load, new CardIndex(model),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        return live;
    }

    private void write(String file, String text) throws IOException {
        Path path = notes.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 15 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void buildIndexesTheAnswerableCardsAndReportsReady() throws IOException {
        write("a.md", "# LoRA\n低秩适配\n# Empty\n");
        open().build();
        assertThat(live.get().size()).isEqualTo(2);
        assertThat(live.index().size()).isEqualTo(1);
        assertThat(live.progress()).isEqualTo(IndexProgress.ready(1));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("indexing notes", "100%", "1/1");
    }

    @Test
    void aBackgroundBuildShowsIndexingUntilItIsReady() throws Exception {
        write("a.md", "# LoRA\n低秩适配\n# KV cache\n缓存 K 和 V\n");
        open();
        var done = live.buildInBackground();
        assertThat(live.get().size()).as("cards are readable before indexing ends").isEqualTo(2);
        done.get();
        assertThat(live.progress().isReady()).isTrue();
        assertThat(live.progress().percent()).isEqualTo(100);
    }

    @Test
    void aReloadReembedsOnlyTheChangedCard() throws IOException {
        write("a.md", "# LoRA\n低秩适配\n# KV cache\n缓存 K 和 V\n");
        open().build();
        int calls = model.calls();
        write("a.md", "# LoRA\n低秩适配，冻结原权重\n# KV cache\n缓存 K 和 V\n");
        CardIndex.SyncResult result = live.reload();
        assertThat(result).isEqualTo(new CardIndex.SyncResult(0, 1, 0, 1));
        assertThat(model.calls() - calls).isBetween(1, 3);
    }

    @Test
    void aRefreshHasTheNewCardsAtOnceAndIndexesThemBehind() throws Exception {
        write("a.md", "# LoRA\n低秩适配\n");
        open().build();
        write("imported/deck/b.md", "# RoPE\n旋转位置编码\n");

        KnowledgeBase refreshed = live.refresh();

        // No watcher runs here: the cards come from refresh alone, the index follows on its own thread.
        assertThat(refreshed.card("imported/deck/b/rope")).isPresent();
        assertThat(live.get().size()).isEqualTo(2);
        eventually(() -> live.index().contains("imported/deck/b/rope"));
    }

    @Test
    void theWatcherPicksUpAddedEditedAndDeletedFiles() throws Exception {
        write("a.md", "# LoRA\n低秩适配\n");
        open().build();
        live.watch();
        write("sub/b.md", "# RoPE\n旋转位置编码\n");
        eventually(() -> live.index().contains("sub/b/rope"));
        write("a.md", "# LoRA\n低秩适配\n# DPO\n直接偏好优化\n");
        eventually(() -> live.index().contains("a/dpo"));
        Files.delete(notes.resolve("sub/b.md"));
        eventually(() -> !live.index().contains("sub/b/rope"));
        assertThat(live.get().card("sub/b/rope")).isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("notes reloaded");
    }

    @Test
    void aBrokenFileKeepsItsLastGoodCardsAndIsReported() throws IOException {
        write("a.md", "# LoRA\n低秩适配\n");
        write("b.md", "# RoPE\n旋转位置编码\n");
        open().build();
        write("b.md", "# RoPE\nBROKEN edit\n");
        live.reload();
        assertThat(live.index().contains("b/rope")).isTrue();
        assertThat(live.get().card("b/rope")).isPresent();
        assertThat(live.problems()).extracting(NoteProblem::file).contains("b.md");
        assertThat(live.problems()).anySatisfy(p -> assertThat(p.message()).contains("kept its last good 1 cards"));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("b.md", "kept its last good");

        write("b.md", "# RoPE 2\n修好了\n");
        live.reload();
        assertThat(live.index().contains("b/rope")).isFalse();
        assertThat(live.index().contains("b/rope-2")).isTrue();
        assertThat(live.problems()).isEmpty();
    }

    @Test
    void aLoaderThatFailsKeepsEveryCard() throws IOException {
        write("a.md", "# LoRA\n低秩适配\n");
        boolean[] fail = {false};
        live = new LiveIndex(notes, folder -> {
            if (fail[0]) {
                throw new IllegalStateException("disk on fire");
            }
            return load(folder);
        }, new CardIndex(model), new PrintStream(console, true, StandardCharsets.UTF_8));
        live.build();
        fail[0] = true;
        live.reload();
        assertThat(live.index().contains("a/lora")).isTrue();
        assertThat(live.problems()).anySatisfy(p -> assertThat(p.message()).contains("disk on fire"));
    }
}
