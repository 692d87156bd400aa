package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Glossary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English a query that is not written in English still carries: the glossary's English name of every concept
 * it names, and the Latin words it contains, in order. The English model embeds it, so a Chinese question finds
 * English notes by their concepts even though the query's own model reads English poorly.
 */
final class EnglishRendering {
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.#-]*");

    private EnglishRendering() {
    }

    static String of(String query, List<Glossary.Mention> mentions) {
        Set<String> words = new LinkedHashSet<>();
        for (Glossary.Mention mention : mentions) {
            words.add(englishName(mention));
        }
        Matcher latin = LATIN_WORD.matcher(query);
        while (latin.find()) {
            String word = latin.group();
            if (mentions.stream().noneMatch(m -> m.variant().equalsIgnoreCase(word))) {
                words.add(word);
            }
        }
        words.removeIf(String::isBlank);
        return String.join(" ", words);
    }

    // As written when the query spelt it in Latin letters (GPT), otherwise the concept's first English variant.
    private static String englishName(Glossary.Mention mention) {
        if (isLatin(mention.variant())) {
            return mention.variant();
        }
        return mention.concept().variants().stream().filter(EnglishRendering::isLatin).findFirst().orElse("");
    }

    private static boolean isLatin(String text) {
        return text.codePoints().noneMatch(Character::isIdeographic) && text.codePoints().anyMatch(Character::isLetter);
    }
}
