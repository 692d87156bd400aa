package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.List;

/** The question a card asks, in the notes' language and in English when known. */
record CardQuestion(String text, String english) {
    static CardQuestion of(String title, Item annotated, String reference, List<String> path) {
        if (annotated != null) {
            ItemSyntax syntax = ItemSyntax.parse(annotated.text());
            String text = InlineMarkdown.plain(syntax.text());
            if (!text.isEmpty()) {
                String english = InlineMarkdown.plain(syntax.english());
                return new CardQuestion(text, english.isEmpty() ? Questions.english(title, text) : english);
            }
        }
        List<String> context = new ArrayList<>(path);
        context.add(reference);
        String text = Questions.ask(title, context);
        return new CardQuestion(text, Questions.english(title, text));
    }
}
