package dev.interviewer.interview.target;

import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.TermShapes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What marks requirement text as technical: a concept of the glossary (in any of its names) or a word shaped like a
 * technology name ({@link TermShapes}).
 */
final class Signals {
    private final Glossary glossary;

    Signals(Glossary glossary) {
        this.glossary = glossary;
    }

    boolean technical(String text) {
        return !of(text).isEmpty();
    }

    /**
     * Whether a requirement names something to study: a technical word, or a proper name (a capitalised word
     * inside it, "writing Kubernetes operators", or a short item that starts with one, "Kubernetes operators").
     * "Ship features quickly" does not: its capital is a duty's opening verb.
     */
    boolean names(String requirement) {
        if (technical(requirement)) {
            return true;
        }
        List<String> words = TermShapes.latinWords(requirement);
        boolean innerName = words.stream().skip(1).anyMatch(w -> Character.isUpperCase(w.charAt(0)));
        boolean shortName = !words.isEmpty() && words.size() <= 3 && Character.isUpperCase(words.get(0).charAt(0))
                && !TargetWords.ALL.verbs.contains(words.get(0).toLowerCase(Locale.ROOT));
        return innerName || shortName;
    }

    /** The glossary concepts and technology names of a text, comparable between texts. */
    Set<String> of(String text) {
        Set<String> signals = new LinkedHashSet<>();
        glossary.conceptIds(text).forEach(id -> signals.add("c:" + id));
        TermShapes.latinWords(text).stream().filter(TermShapes::technologyName)
                .forEach(w -> signals.add("t:" + w.toLowerCase(Locale.ROOT)));
        return signals;
    }

    /**
     * The names a requirement mentions, as written: its glossary terms and technology names ("decide when
     * speculative decoding pays off" -> "speculative decoding"), or empty when it names none.
     */
    String focus(String text) {
        Set<String> names = new LinkedHashSet<>();
        glossary.mentions(text).forEach(m -> names.add(m.variant()));
        for (String word : TermShapes.latinWords(text)) {
            if (TermShapes.technologyName(word) && names.stream().noneMatch(n -> n.contains(word))) {
                names.add(word);
            }
        }
        return String.join(" ", names);
    }
}
