package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Glossary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An English query with the glossary's Chinese name of every concept it names appended ("Can supervised
 * fine-tuning teach a model new facts?" then the Chinese for supervised fine-tuning): bge-small-zh matches Chinese
 * notes through their own words far better than across languages, so Chinese cards are ranked by this rendering's
 * vector (the query's own vector still ranks English cards).
 */
final class ChineseRendering {
    private ChineseRendering() {
    }

    /** The query with the Chinese names appended; the query itself when it names no concept with a Chinese name. */
    static String of(String query, List<Glossary.Mention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        for (Glossary.Mention mention : mentions) {
            mention.concept().variants().stream().filter(ChineseRendering::isChinese).findFirst()
                    .filter(name -> !query.contains(name)).ifPresent(names::add);
        }
        return names.isEmpty() ? query : query + " " + String.join(" ", names);
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(Character::isIdeographic);
    }
}
