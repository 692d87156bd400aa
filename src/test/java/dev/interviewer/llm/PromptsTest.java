package dev.interviewer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every prompt in {@code prompts/} renders with all of its variables, and a missing one fails. */
class PromptsTest {
    private static List<String> promptFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("prompts"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).map(p -> p.getFileName().toString())
                    .sorted().toList();
        }
    }

    @Test
    void everyPromptFileIsOnTheClasspathAndRendersCompletely() throws IOException {
        List<String> names = promptFiles();
        assertThat(names).contains("grader-system.txt", "grader-user.txt");
        for (String name : names) {
            String template = Prompts.template(name);
            assertThat(template).as(name).isEqualTo(Files.readString(Path.of("prompts", name)));
            Map<String, String> values = new HashMap<>();
            Prompts.variables(template).forEach(v -> values.put(v, "<" + v + ">"));
            String rendered = Prompts.render(name, values);
            assertThat(rendered).as(name).doesNotContain("{{");
            values.keySet().forEach(v -> assertThat(rendered).as(name).contains("<" + v + ">"));
        }
    }

    @Test
    void aMissingVariableFailsTheRender() throws IOException {
        for (String name : promptFiles()) {
            Set<String> variables = Prompts.variables(Prompts.template(name));
            if (variables.isEmpty()) {
                continue;
            }
            String missing = variables.iterator().next();
            Map<String, String> values = new HashMap<>();
            variables.stream().filter(v -> !v.equals(missing)).forEach(v -> values.put(v, "x"));
            assertThatThrownBy(() -> Prompts.render(name, values)).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{" + missing + "}}");
        }
    }

    @Test
    void theGraderPromptNamesItsVariables() {
        assertThat(Prompts.variables(Prompts.template("grader-user.txt")))
                .containsExactlyInAnyOrder("question", "source", "reference", "key_points", "pitfalls", "language",
                        "fence", "answer");
    }

    /**
     * Providers cache prompt prefixes: what stays the same across an interview's calls comes first (the fixed text,
     * then the card), and the candidate's answer, new every time, comes last.
     */
    @Test
    void theUserPromptsPutTheCardFirstAndTheAnswerLast() {
        for (String name : List.of("grader-user.txt", "interviewer-turn.txt")) {
            List<String> order = List.copyOf(Prompts.variables(Prompts.template(name)));
            assertThat(order.get(order.size() - 1)).as(name).isEqualTo("answer");
            assertThat(order.indexOf("question")).as(name).isLessThan(order.indexOf("answer"));
            String rendered = Prompts.render(name, Map.ofEntries(Map.entry("question", "Q?"),
                    Map.entry("source", "s"), Map.entry("reference", "REF"), Map.entry("key_points", "K"),
                    Map.entry("pitfalls", "P"), Map.entry("language", "zh"), Map.entry("style", "S"), Map.entry("fence", "<<<F>>>"),
                    Map.entry("answer", "THE-ANSWER"), Map.entry("recent", "R"), Map.entry("kind", "question"),
                    Map.entry("number", "1"), Map.entry("total", "5"), Map.entry("topic", "T"),
                    Map.entry("target", ""), Map.entry("curated", ""), Map.entry("draft", "D")));
            String afterAnswer = rendered.substring(rendered.indexOf("THE-ANSWER") + "THE-ANSWER".length());
            assertThat(afterAnswer.strip()).as(name).matches("(<<<F>>>|</candidate_answer>)");
        }
        assertThat(Prompts.variables(Prompts.template("interviewer-turn.txt"))).startsWith("language", "style",
                "topic", "question");
    }
}
