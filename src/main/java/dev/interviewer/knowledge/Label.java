package dev.interviewer.knowledge;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bold labels that start an annotation ({@code **要点**}, {@code **Key points**}, ...). */
enum Label {
    QUESTION(false), KEY_POINTS(true), FOLLOW_UPS(true), PITFALLS(true), LEVEL(false), TAGS(true), SOURCES(true);

    private static final Map<String, Label> NAMES = Map.ofEntries(
            Map.entry("问题", QUESTION), Map.entry("question", QUESTION),
            Map.entry("要点", KEY_POINTS), Map.entry("关键点", KEY_POINTS), Map.entry("keypoints", KEY_POINTS),
            Map.entry("keypoint", KEY_POINTS),
            Map.entry("追问", FOLLOW_UPS), Map.entry("followups", FOLLOW_UPS), Map.entry("followup", FOLLOW_UPS),
            Map.entry("followupquestions", FOLLOW_UPS),
            Map.entry("误区", PITFALLS), Map.entry("常见误区", PITFALLS), Map.entry("pitfalls", PITFALLS),
            Map.entry("commonpitfalls", PITFALLS),
            Map.entry("难度", LEVEL), Map.entry("level", LEVEL), Map.entry("difficulty", LEVEL),
            Map.entry("标签", TAGS), Map.entry("tags", TAGS),
            Map.entry("来源", SOURCES), Map.entry("参考", SOURCES), Map.entry("参考资料", SOURCES),
            Map.entry("sources", SOURCES), Map.entry("source", SOURCES), Map.entry("references", SOURCES));
    // "**要点**", "**要点**：", "**难度**：2", "**Key points:**"
    private static final Pattern LABEL_FIRST =
            Pattern.compile("^(\\*\\*|__)\\s*([^*_]+?)\\s*[:：]?\\s*\\1\\s*[:：]?\\s*(.*)$");
    // "**问题：什么是 X？**": the whole line in bold
    private static final Pattern ALL_BOLD = Pattern.compile("^(\\*\\*|__)\\s*([^*_:：]+?)\\s*[:：]\\s*(.+?)\\s*\\1$");

    private final boolean list;

    Label(boolean list) {
        this.list = list;
    }

    /** Whether the label takes a list of items (rather than one value). */
    boolean takesList() {
        return list;
    }

    /** The label and its inline value if the line starts with a known bold label. */
    static Optional<LabelLine> parse(String line) {
        String text = line.strip();
        for (Pattern pattern : new Pattern[] {LABEL_FIRST, ALL_BOLD}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                Label label = NAMES.get(m.group(2).toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
                if (label != null) {
                    return Optional.of(new LabelLine(label, m.group(3).strip()));
                }
            }
        }
        return Optional.empty();
    }

    /** A label found at the start of a line, with what follows it on that line. */
    record LabelLine(Label label, String value) {
    }
}
