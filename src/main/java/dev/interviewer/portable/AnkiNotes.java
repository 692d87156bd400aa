package dev.interviewer.portable;

import dev.interviewer.knowledge.Label;
import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Anki notes into cards. Any note type: the first field is the question and the others are the answer
 * (a note with a reversed card is still one card); fields named as the notes' key points or sources label (in any
 * language: {@link Label}) become those annotations. A cloze note gives one card per deletion number, that deletion blanked in the question.
 */
final class AnkiNotes {
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s_-]");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final HtmlToMarkdown html;
    private final PackageMedia media;

    AnkiNotes(PackageMedia media) {
        this.media = media;
        this.html = new HtmlToMarkdown(media);
    }

    /** The note's cards; a note that gives none is reported to {@code skipped}. */
    List<ImportedCard> cards(AnkiCollection.Note note, AnkiCollection.NoteType type, List<String> deck,
                             Consumer<Skipped> skipped) {
        String where = "note " + note.id();
        if (type == null) {
            skipped.accept(new Skipped("unknown note type", where));
            return List.of();
        }
        media.takeUsed();
        List<ImportedCard> cards = type.cloze() ? cloze(note, type, deck, where, skipped)
                : basic(note, type, deck, where, skipped);
        Set<String> used = media.takeUsed();
        return cards.stream().map(card -> card.withMedia(used)).toList();
    }

    private List<ImportedCard> basic(AnkiCollection.Note note, AnkiCollection.NoteType type, List<String> deck,
                                     String where, Consumer<Skipped> skipped) {
        String question = html.convert(field(note, 0));
        if (SafeMarkdown.isBlankQuestion(question)) {
            skipped.accept(new Skipped(SafeMarkdown.hasMediaLink(question)
                    ? "question is only an image or a sound" : "empty question", where));
            return List.of();
        }
        return List.of(card(deck, question, "", rest(note, type, false), note.tags(), where));
    }

    private List<ImportedCard> cloze(AnkiCollection.Note note, AnkiCollection.NoteType type, List<String> deck,
                                     String where, Consumer<Skipped> skipped) {
        Cloze text = Cloze.parse(field(note, 0));
        if (text.isImageOcclusion()) {
            skipped.accept(new Skipped("image occlusion note (no text to ask)", where));
            return List.of();
        }
        if (text.numbers().isEmpty()) {
            skipped.accept(new Skipped("cloze note without deletions", where));
            return List.of();
        }
        Parts rest = rest(note, type, true);
        List<ImportedCard> cards = new ArrayList<>();
        for (int number : text.numbers()) {
            String question = html.convert(text.question(number));
            Parts parts = rest.withAnswerFirst(html.convert(text.answer(number)));
            cards.add(card(deck, question, fillInTheBlank(question), parts, note.tags(), where));
        }
        return cards;
    }

    private ImportedCard card(List<String> deck, String question, String prompt, Parts parts, List<String> tags,
                              String where) {
        // Media in a question cannot sit in a heading: it moves to the top of the answer.
        List<String> questionMedia = new ArrayList<>();
        Matcher m = SafeMarkdown.MEDIA_LINK.matcher(question);
        while (m.find()) {
            questionMedia.add(m.group());
        }
        String answer = join(String.join(" ", questionMedia), parts.answer());
        String text = SafeMarkdown.MEDIA_LINK.matcher(question).replaceAll(" ").strip();
        return new ImportedCard(deck, "", text, prompt, answer, parts.keyPoints(), parts.sources(), tags, 0,
                Set.of(), where);
    }

    /** The fields after the first one. */
    private Parts rest(AnkiCollection.Note note, AnkiCollection.NoteType type, boolean cloze) {
        List<String> answer = new ArrayList<>();
        List<String> keyPoints = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 1; i < note.fields().size(); i++) {
            String value = field(note, i);
            String markdown = html.convert(cloze ? Cloze.parse(value).revealed() : value);
            Label label = i < type.fields().size() ? Label.named(normalized(type.fields().get(i))).orElse(null) : null;
            if (label == Label.KEY_POINTS) {
                keyPoints.addAll(items(markdown));
            } else if (label == Label.SOURCES) {
                sources.addAll(items(markdown));
            } else if (!markdown.isBlank()) {
                answer.add(markdown);
            }
        }
        return new Parts(String.join("\n\n", answer), keyPoints, sources);
    }

    /** The answer, key points and sources read from a note's fields after the question. */
    private record Parts(String answer, List<String> keyPoints, List<String> sources) {
        Parts withAnswerFirst(String first) {
            return new Parts(join(first, answer), keyPoints, sources);
        }
    }

    /** List items, else paragraphs, each on one line. */
    static List<String> items(String markdown) {
        List<String> items = new ArrayList<>();
        boolean list = markdown.lines().anyMatch(l -> LIST_ITEM.matcher(l).find());
        StringBuilder item = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (list ? LIST_ITEM.matcher(line).find() : line.isBlank()) {
                flush(item, items);
            }
            item.append(' ').append(list ? LIST_ITEM.matcher(line).replaceFirst("") : line);
        }
        flush(item, items);
        return items;
    }

    private static void flush(StringBuilder item, List<String> items) {
        String text = SafeMarkdown.oneLine(item.toString());
        if (!text.isEmpty()) {
            items.add(text);
        }
        item.setLength(0);
    }

    /** The prompt of a cloze card, in the question's language ({@code notes.fillInTheBlank}). */
    private static String fillInTheBlank(String question) {
        String line = SafeMarkdown.oneLine(question);
        String language = CHINESE.matcher(line).find() ? "zh" : "en";
        return Wording.of(language).text("notes.fillInTheBlank", Map.of("question", line));
    }

    private static String field(AnkiCollection.Note note, int index) {
        return index < note.fields().size() ? note.fields().get(index) : "";
    }

    private static String normalized(String fieldName) {
        return NAME_SEPARATORS.matcher(fieldName.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String join(String first, String second) {
        return first.isBlank() ? second : second.isBlank() ? first : first + "\n\n" + second;
    }
}
