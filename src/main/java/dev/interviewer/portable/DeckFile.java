package dev.interviewer.portable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The Markdown of one deck's notes file: topic headings, card headings, answers and annotations. */
final class DeckFile {
    // The notes ask a heading that does not read as a question as "请讲讲 {title}" / "Explain {title}". That suits
    // a bank's short fronts ("KV cache"), not a request ("请解释 X", "手写一个 X。"): those are given as the
    // card's question, to be asked as written.
    private static final Pattern REQUEST = Pattern.compile(
            "^(请|简述|简要|简单说|解释|介绍|说明|说说|谈谈|讲讲|描述|阐述|列举|比较|对比|分析|概述|总结|手写|实现|推导"
                    + "|写出|写一个)|[。.!！]$");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；]");
    private static final Pattern LEADING_HASHES = Pattern.compile("^#+");

    private final String deckName;
    private final String sourceName;

    DeckFile(String deckName, String sourceName) {
        this.deckName = deckName;
        this.sourceName = sourceName;
    }

    /** The file's text, split into parts of at most about {@code maxBytes} (UTF-8) at card boundaries. */
    List<String> parts(List<ImportedCard> cards, int maxBytes) {
        Map<String, List<ImportedCard>> byTopic = new LinkedHashMap<>();
        for (ImportedCard card : cards) {
            byTopic.computeIfAbsent(card.topic().isBlank() ? deckName : card.topic(), t -> new ArrayList<>())
                    .add(card);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(header());
        int bytes = utf8(part);
        for (Map.Entry<String, List<ImportedCard>> topic : byTopic.entrySet()) {
            String heading = "# " + SafeMarkdown.heading(topic.getKey()) + "\n\n";
            part.append(heading);
            bytes += utf8(heading);
            for (ImportedCard card : topic.getValue()) {
                String text = card(card);
                int size = utf8(text);
                if (bytes + size > maxBytes && part.length() > header().length() + heading.length()) {
                    parts.add(part.toString());
                    part = new StringBuilder(header()).append(heading);
                    bytes = utf8(part);
                }
                part.append(text);
                bytes += size;
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private String header() {
        // Text above the first heading belongs to no card; an HTML comment keeps it out of every view.
        return "<!-- Imported from " + sourceName.replace("--", "- -") + " by `interviewer import` -->\n\n";
    }

    static String card(ImportedCard card) {
        String heading = SafeMarkdown.heading(card.question());
        StringBuilder out = new StringBuilder("## ").append(heading).append("\n\n");
        String answer = SafeMarkdown.body(card.answer());
        if (!answer.isEmpty()) {
            out.append(answer).append("\n\n");
        }
        list(out, "要点", card.keyPoints());
        list(out, "来源", card.sources());
        String prompt = card.prompt().isBlank() && REQUEST.matcher(heading).find() ? heading : card.prompt();
        if (!prompt.isBlank()) {
            out.append("**问题**：").append(SafeMarkdown.item(prompt)).append("\n\n");
        }
        if (card.level() > 0) {
            out.append("**难度**：").append(card.level()).append("\n\n");
        }
        List<String> tags = tags(card.tags());
        if (!tags.isEmpty()) {
            out.append("**标签**：").append(String.join(", ", tags)).append("\n\n");
        }
        return out.toString();
    }

    private static void list(StringBuilder out, String label, List<String> items) {
        List<String> lines = items.stream().map(SafeMarkdown::item).filter(i -> !i.isEmpty()).toList();
        if (!lines.isEmpty()) {
            out.append("**").append(label).append("**\n");
            lines.forEach(line -> out.append("- ").append(line).append('\n'));
            out.append('\n');
        }
    }

    /** Tags as the notes read them: a comma, semicolon or 、 inside a tag would split it, so they become "_". */
    static List<String> tags(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = LEADING_HASHES.matcher(SafeMarkdown.oneLine(TAG_SEPARATORS.matcher(tag).replaceAll("_")))
                    .replaceFirst("");
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        return List.copyOf(clean);
    }

    private static int utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
