package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnkiExportTest {
    private static final String NOTES = """
            # 注意力

            ## Transformer attention 为什么除以根号 d？

            设 $q, k$ 的各分量独立，点积 $q\\cdot k$ 的方差为 $d_k$。

            $$\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V$$

            **要点**
            - 点积的方差随 $d_k$ 增长
            - softmax 饱和、梯度变小

            **标签**：attention, transformer

            ## KV cache

            Keeps **keys** and *values*:

            - of past tokens
            - per layer

            ```python
            cache = {"k": [], "v": []}
            ```

            | what | size |
            |---|---|
            | K | n × d |

            # RL

            ## What is DPO?

            Direct preference optimisation: `loss = -log σ(β Δ)`.
            A second line, and 1 < 2.

            **来源**
            - Rafailov et al. 2023, arXiv:2305.18290
            """;

    @TempDir
    Path dir;

    private KnowledgeBase notes;
    private final Clock clock = Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void writeNotes() throws IOException {
        Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge/llm.md"), NOTES);
        notes = new NotesLoader().load(dir.resolve("knowledge"));
        assertThat(notes.problems()).isEmpty();
    }

    private Path export(Predicate<Card> keep, String name) throws IOException {
        Path apkg = dir.resolve(name);
        new AnkiExporter(clock).export(notes.answerableCards().stream().filter(keep).toList(), apkg);
        return apkg;
    }

    @Test
    void exportedCardsComeBackWithTheSameQuestionsReferencesKeyPointsAndTags() throws Exception {
        Path apkg = export(c -> true, "llm.apkg");
        Path out = dir.resolve("imported");
        ImportSummary summary = new CardImporter().importFile(apkg, out, "", false);

        assertThat(summary.files()).containsExactly("Interviewer/注意力.md", "Interviewer/RL.md");
        KnowledgeBase back = new NotesLoader().load(out);
        assertThat(back.problems()).isEmpty();
        assertThat(byQuestion(back).keySet()).containsExactlyInAnyOrderElementsOf(byQuestion(notes).keySet());
        for (Card original : notes.cards()) {
            Card copy = byQuestion(back).get(original.question());
            assertThat(copy.reference()).as(original.question()).isEqualTo(original.reference());
            assertThat(copy.tags()).as(original.question()).isEqualTo(original.tags());
            assertThat(copy.topic()).isEqualTo(original.topic());
            assertThat(copy.keyPoints()).extracting(KeyPoint::text)
                    .isEqualTo(original.keyPoints().stream().map(KeyPoint::text).toList());
        }
        assertThat(byQuestion(back).get("What is DPO?").sources())
                .containsExactly("llm.md#What is DPO?", "Rafailov et al. 2023, arXiv:2305.18290");
    }

    private static Map<String, Card> byQuestion(KnowledgeBase kb) {
        Map<String, Card> cards = new LinkedHashMap<>();
        kb.cards().forEach(c -> cards.put(c.question(), c));
        return cards;
    }

    @Test
    void theBackShowsTheReferenceAsHtmlWithMathForMathJaxThenKeyPointsAndSource() throws Exception {
        List<List<String>> notesRows = rows(export(c -> true, "llm.apkg"), "select flds from notes");
        List<String> attention = List.of(notesRows.get(0).get(0).split("\u001f", -1));
        assertThat(attention.get(0)).isEqualTo("Transformer attention 为什么除以根号 d？");
        assertThat(attention.get(1)).contains("<p>设 \\(q, k\\) 的各分量独立", "\\[\\mathrm{softmax}\\left(\\frac{QK^\\top}");
        assertThat(attention.get(2)).isEqualTo("<ul><li>点积的方差随 \\(d_k\\) 增长</li><li>softmax 饱和、梯度变小</li></ul>");
        assertThat(attention.get(3)).isEqualTo("<ul><li>llm.md#Transformer attention 为什么除以根号 d？</li></ul>");
        List<String> kv = List.of(notesRows.get(1).get(0).split("\u001f", -1));
        assertThat(kv.get(0)).isEqualTo("请讲讲 KV cache");
        assertThat(kv.get(1)).contains("<strong>keys</strong>", "<li>of past tokens</li>",
                "<code class=\"language-python\">cache = {&quot;k&quot;: [], &quot;v&quot;: []}", "<table>");
    }

    @Test
    void aNoteKeepsItsGuidWhenExportedAgainSoAnkiUpdatesIt() throws Exception {
        List<List<String>> first = rows(export(c -> true, "a.apkg"), "select guid, tags from notes");
        List<List<String>> again = rows(export(c -> true, "b.apkg"), "select guid, tags from notes");
        assertThat(again).isEqualTo(first);
        assertThat(first).extracting(r -> r.get(0)).doesNotHaveDuplicates();
        assertThat(first.get(0).get(1)).isEqualTo(" attention transformer ");
    }

    @Test
    void theCollectionIsALegacySchema11OneWithOneNoteTypeAndATopicDeckPerTopic() throws Exception {
        Path apkg = export(c -> true, "llm.apkg");
        try (ZipFile zip = new ZipFile(apkg.toFile()); InputStream media = zip.getInputStream(zip.getEntry("media"))) {
            assertThat(new String(media.readAllBytes())).isEqualTo("{}");
            assertThat(zip.getEntry("collection.anki2")).isNotNull();
        }
        List<String> col = rows(apkg, "select ver, models, decks, tags from col").get(0);
        assertThat(col.get(0)).isEqualTo("11");
        JsonNode model = new ObjectMapper().readTree(col.get(1)).elements().next();
        assertThat(model.path("name").asText()).isEqualTo("Interviewer card");
        assertThat(model.path("flds").findValuesAsText("name")).containsExactly("Question", "Reference",
                "Key points", "Source");
        List<String> decks = new ArrayList<>();
        new ObjectMapper().readTree(col.get(2)).forEach(d -> decks.add(d.path("name").asText()));
        assertThat(decks).containsExactly("Default", "Interviewer", "Interviewer::注意力", "Interviewer::RL");
        assertThat(col.get(3)).isEqualTo("{}");
        assertThat(rows(apkg, "select count(*) from cards where did != 1").get(0).get(0)).isEqualTo("3");
    }

    @Test
    void aSelectionFilteredByTopicExportsOnlyThoseCards() throws Exception {
        Path apkg = export(c -> c.topic().equals("RL"), "rl.apkg");
        assertThat(rows(apkg, "select sfld from notes")).containsExactly(List.of("What is DPO?"));
    }

    @Test
    void nothingToExportIsAnError() {
        assertThatThrownBy(() -> export(c -> false, "none.apkg"))
                .isInstanceOf(ImportException.class).hasMessage("no cards to export");
        assertThat(dir.resolve("none.apkg")).doesNotExist();
    }

    /** Every row of a query on the package's collection, as strings. */
    private List<List<String>> rows(Path apkg, String sql) throws Exception {
        Path db = Files.createTempFile(dir, "collection", ".db");
        try (ZipFile zip = new ZipFile(apkg.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("collection.anki2"))) {
            Files.write(db, in.readAllBytes());
        }
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
