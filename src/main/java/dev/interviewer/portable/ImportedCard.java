package dev.interviewer.portable;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One card read from a question bank, in the terms of the notes format, ready to be written.
 *
 * @param deck      the deck's path ({@code A::B} is [A, B]): the notes file it goes into
 * @param topic     the heading that groups it inside that file; empty for the deck's own name
 * @param question  the question as Markdown (the writer makes it one heading line)
 * @param prompt    the question to ask when the heading alone would be asked badly (a cloze), else empty
 * @param answer    the reference answer as Markdown blocks; may be empty
 * @param keyPoints explicit key points (from a field named so), usually empty
 * @param sources   sources (from a field named so), usually empty
 * @param tags      the card's tags
 * @param level     1 to 3, or 0 when the bank does not say
 * @param media     names of the bank's media files that the question or answer links to
 * @param origin    where the card comes from, for messages: "note 1690000000000", "line 12"
 */
record ImportedCard(List<String> deck, String topic, String question, String prompt, String answer,
                    List<String> keyPoints, List<String> sources, List<String> tags, int level, Set<String> media,
                    String origin) {

    ImportedCard {
        deck = List.copyOf(deck);
        if (deck.isEmpty() || deck.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("deck path has an empty part: " + deck);
        }
        Objects.requireNonNull(question, "question");
        topic = topic == null ? "" : topic;
        prompt = prompt == null ? "" : prompt;
        answer = answer == null ? "" : answer;
        keyPoints = List.copyOf(keyPoints);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        media = Set.copyOf(media);
        origin = origin == null ? "" : origin;
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("level must be 0 (none) or 1-3: " + level);
        }
    }

    ImportedCard withMedia(Set<String> names) {
        return new ImportedCard(deck, topic, question, prompt, answer, keyPoints, sources, tags, level, names,
                origin);
    }

}
