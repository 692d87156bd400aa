package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;

/** The defaults a file's YAML front matter sets for all its cards: tags, level and topic. */
record FrontMatter(List<String> tags, int level, String topic) {
    /** The level of a card when nothing says otherwise: the middle, so planners neither skip nor rush it. */
    static final int DEFAULT_LEVEL = 2;

    FrontMatter {
        tags = List.copyOf(tags);
        topic = topic == null ? "" : topic;
    }

    static FrontMatter read(Node document, ProblemLog problems) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        document.accept(visitor);
        Map<String, List<String>> data = visitor.getData();
        int line = document.getFirstChild() instanceof YamlFrontMatterBlock block ? SourceText.line(block) : 1;
        return new FrontMatter(tags(data.getOrDefault("tags", List.of())), level(data.get("level"), line, problems),
                first(data.get("topic")));
    }

    private static List<String> tags(List<String> values) {
        List<String> tags = new ArrayList<>();
        for (String value : values) {
            // "[a, b]" arrives as one string: the extension reads only block lists ("- a").
            for (String tag : unquote(value).replaceAll("^\\[|]$", "").split(",")) {
                String clean = unquote(tag).toLowerCase(Locale.ROOT);
                if (!clean.isEmpty()) {
                    tags.add(clean);
                }
            }
        }
        return tags;
    }

    private static int level(List<String> values, int line, ProblemLog problems) {
        String value = first(values);
        if (value.isEmpty()) {
            return DEFAULT_LEVEL;
        }
        if (value.matches("[1-3]")) {
            return Integer.parseInt(value);
        }
        problems.add(line, "front matter level must be 1, 2 or 3: " + value);
        return DEFAULT_LEVEL;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : unquote(values.get(0));
    }

    private static String unquote(String value) {
        return value.strip().replaceAll("^([\"'])(.*)\\1$", "$2").strip();
    }
}
