package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextBankImportTest {
    @TempDir
    Path dir;

    private KnowledgeBase importText(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path out = dir.resolve("notes");
        new CardImporter().importFile(file, out, "", false);
        KnowledgeBase kb = new NotesLoader().load(out);
        assertThat(kb.problems()).isEmpty();
        return kb;
    }

    @Test
    void csvWithBomChineseHeadersQuotesAndLineBreaks() throws IOException {
        KnowledgeBase kb = importText("面经.csv", "\uFEFF问题,答案,标签,难度,主题\r\n"
                + "什么是 LoRA？,\"低秩分解：\r\n\r\n- 冻结原权重\r\n- 只训练 $BA$\",\"peft, lora\",2,微调\r\n"
                + "\"带 \"\"引号\"\" 的问题？\",答案二,,,\r\n"
                + ",没有问题的行,,,\r\n");
        assertThat(kb.cards()).extracting(Card::file, Card::title, Card::topic, Card::level).containsExactly(
                tuple("面经.md", "什么是 LoRA？", "微调", 2),
                tuple("面经.md", "带 \"引号\" 的问题？", "面经", 2));
        Card lora = kb.cards().get(0);
        assertThat(lora.reference()).isEqualTo("低秩分解：\n\n- 冻结原权重\n- 只训练 $BA$");
        assertThat(lora.tags()).containsExactly("peft", "lora");
    }

    @Test
    void tsvWithEnglishHeadersAndHtmlCells() throws IOException {
        KnowledgeBase kb = importText("deck.tsv", "Front\tBack\tTags\n"
                + "What is dropout?\t<div>Zeroes units.</div><div>Scales the rest.</div>\treg training\n");
        assertThat(kb.cards()).extracting(Card::title, Card::reference)
                .containsExactly(tuple("What is dropout?", "Zeroes units.\n\nScales the rest."));
        assertThat(kb.cards().get(0).tags()).containsExactly("reg", "training");
    }

    @Test
    void ankisPlainTextExportNeedsNoHeaderRow() throws IOException {
        KnowledgeBase kb = importText("Anki export.txt", "#separator:tab\n#html:true\n#deck column:3\n"
                + "#tags column:4\n"
                + "Why \\(\\sqrt{d}\\)?\tKeeps the variance at 1.<br>See the paper.\tML::Attention\tattention\n");
        assertThat(kb.cards()).extracting(Card::file, Card::title, Card::reference).containsExactly(tuple(
                "ML/Attention.md", "Why $\\sqrt{d}$?", "Keeps the variance at 1.\nSee the paper."));
        assertThat(kb.cards().get(0).tags()).containsExactly("attention");
    }

    @Test
    void jsonLinesWithTagArraysLevelsAndTopics() throws IOException {
        KnowledgeBase kb = importText("bank.jsonl", "{\"question\":\"What is PPO?\",\"answer\":\"A clipped policy "
                + "gradient.\",\"tags\":[\"rl\",\"ppo\"],\"level\":\"hard\",\"topic\":\"RL\"}\n\n"
                + "{\"front\":\"KL penalty?\",\"back\":\"Keeps the policy near the reference.\",\"tags\":\"rl\"}\n");
        assertThat(kb.cards()).extracting(Card::title, Card::topic, Card::level, Card::tags).containsExactly(
                tuple("What is PPO?", "RL", 3, java.util.List.of("rl", "ppo")),
                tuple("KL penalty?", "bank", 2, java.util.List.of("rl")));
    }

    @Test
    void aJsonArrayWorksLikeJsonLines() throws IOException {
        KnowledgeBase kb = importText("bank.json", "[{\"question\":\"Q1?\",\"answer\":\"A1\"},"
                + "{\"question\":\"Q2?\",\"answer\":\"A2\"}]");
        assertThat(kb.cards()).extracting(Card::title).containsExactly("Q1?", "Q2?");
    }

    @Test
    void deckOptionNamesTheDeckOfATextBank() throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "question,answer\nQ?,A\n");
        ImportSummary summary = new CardImporter().importFile(file, dir.resolve("notes"), "Interview::Basics",
                false);
        assertThat(summary.files()).containsExactly("Interview/Basics.md");
    }

    @Test
    void levelsThatAreNotUnderstoodAreReportedNotGuessed() throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "question,answer,level\nQ?,A,very hard\n");
        ImportSummary summary = new CardImporter().importFile(file, dir.resolve("notes"), "", false);
        assertThat(summary.warnings()).singleElement().asString().contains("line 2 \"very hard\"");
        assertThat(new NotesLoader().load(dir.resolve("notes")).cards().get(0).level()).isEqualTo(2);
    }

    @Test
    void csvParserKeepsQuotedDelimitersAndIsLenientWithStrayQuotes() {
        assertThat(new CsvParser("a,\"b,c\",d\"e\n\"x\"y,,\n", ',').rows())
                .extracting(CsvParser.Row::line, CsvParser.Row::fields).containsExactly(
                        tuple(1, java.util.List.of("a", "b,c", "d\"e")), tuple(2, java.util.List.of("xy", "", "")));
    }
}
