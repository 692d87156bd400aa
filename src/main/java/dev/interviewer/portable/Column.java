package dev.interviewer.portable;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a column of a CSV / TSV sheet or a key of a JSON line holds, recognised by its name in English or Chinese. */
enum Column {
    QUESTION("question", "questions", "q", "front", "prompt", "term", "问题", "题目", "问", "正面", "题干", "面试题"),
    ANSWER("answer", "answers", "a", "back", "response", "definition", "reference", "referenceanswer", "答案",
            "回答", "答", "背面", "解析", "参考答案"),
    TAGS("tags", "tag", "labels", "标签"),
    LEVEL("level", "difficulty", "难度", "等级"),
    TOPIC("topic", "category", "section", "chapter", "subject", "主题", "分类", "类别", "章节", "话题"),
    DECK("deck", "牌组", "卡组");

    private final List<String> names;

    Column(String... names) {
        this.names = List.of(names);
    }

    /** The names accepted for this column, for error messages. */
    List<String> names() {
        return names;
    }

    static Optional<Column> named(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-:：]", "");
        for (Column column : values()) {
            if (column.names.contains(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
