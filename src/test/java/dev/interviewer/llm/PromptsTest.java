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
}
