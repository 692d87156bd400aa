package dev.interviewer.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One interview card read from the notes.
 *
 * @param id         stable id: file path without .md, a slash, the slug of the title
 * @param file       path of the notes file relative to the knowledge folder, with forward slashes
 * @param line       1-based line of the card's heading
 * @param path       titles of the headings above this card, outermost first
 * @param question   the question to ask (the title when it reads as a question)
 * @param questionEn the question in English, empty when the notes give none
 * @param reference  the reference answer in Markdown, empty when the notes have none
 * @param askable    whether an interview may ask it: false for a file's preamble and for generic headings such as
 *                   "Background" or "Summary", which are searched and graded but make poor questions on their own
 */
public record Card(
        String id,
        String file,
        int line,
        List<String> path,
        String title,
        String question,
        String questionEn,
        String reference,
        List<KeyPoint> keyPoints,
        List<FollowUp> followUps,
        List<Pitfall> pitfalls,
        int level,
        List<String> tags,
        List<String> sources,
        boolean askable) {

    public Card {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("card id is blank (file " + file + ")");
        }
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        questionEn = questionEn == null ? "" : questionEn;
        reference = reference == null ? "" : reference;
        path = List.copyOf(path);
        keyPoints = List.copyOf(keyPoints);
        followUps = List.copyOf(followUps);
        pitfalls = List.copyOf(pitfalls);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("card " + id + " level must be 1-3: " + level);
        }
    }

    /** A card that may be asked. */
    public Card(String id, String file, int line, List<String> path, String title, String question, String questionEn,
            String reference, List<KeyPoint> keyPoints, List<FollowUp> followUps, List<Pitfall> pitfalls, int level,
            List<String> tags, List<String> sources) {
        this(id, file, line, path, title, question, questionEn, reference, keyPoints, followUps, pitfalls, level, tags,
                sources, true);
    }

    public boolean hasReference() {
        return !reference.isBlank();
    }

    /** The outermost heading (the file's topic), or the title for a top-level card. */
    public String topic() {
        return path.isEmpty() ? title : path.get(0);
    }

    /** Where the card comes from, as shown to candidates: {@code file#heading}. */
    public String source() {
        return file + "#" + title;
    }

    public double totalWeight() {
        return keyPoints.stream().mapToDouble(KeyPoint::weight).sum();
    }

    public KeyPoint keyPoint(int number) {
        return keyPoints.stream().filter(k -> k.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("card " + id + " has no key point " + number));
    }
}
