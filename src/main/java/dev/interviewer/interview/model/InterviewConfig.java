package dev.interviewer.interview.model;

import dev.interviewer.lang.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the candidate asked for.
 *
 * @param topics    topic names, file names or tags to draw questions from; empty = every topic
 * @param questions how many main questions, 1-20
 * @param level     1 (basic) to 3 (advanced), or 0 for any level
 * @param language  the language the interviewer speaks: a code of {@link Wording#languages()} ("zh", "en")
 * @param followUps follow-up budget per question, 0-3
 * @param style     the interviewer's manner: tone, follow-up depth, hints (standard when null)
 * @param timer     minutes per question on the page's timer, 0-60 (0 = none); informs, never enforced
 * @param target    the job description or résumé the questions are drawn for; null for an interview over topics
 */
public record InterviewConfig(
        List<String> topics, int questions, int level, String language, int followUps, InterviewMode mode,
        InterviewStyle style, int timer, TargetChoice target) {

    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_FOLLOW_UPS = 3;
    public static final int MAX_TIMER = 60;

    public InterviewConfig {
        topics = topics == null ? List.of()
                : topics.stream().filter(Objects::nonNull).map(String::trim).filter(t -> !t.isEmpty()).toList();
        if (questions < 1 || questions > MAX_QUESTIONS) {
            throw new IllegalArgumentException("questions must be 1-" + MAX_QUESTIONS + ": " + questions);
        }
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("level must be 1-3 (or 0 for any): " + level);
        }
        language = language == null || language.isBlank() ? Wording.defaultLanguage()
                : language.trim().toLowerCase(Locale.ROOT);
        if (!Wording.supports(language)) {
            throw new IllegalArgumentException("language must be one of " + String.join(", ", Wording.languages())
                    + ": " + language);
        }
        if (followUps < 0 || followUps > MAX_FOLLOW_UPS) {
            throw new IllegalArgumentException("followUps must be 0-" + MAX_FOLLOW_UPS + ": " + followUps);
        }
        mode = mode == null ? InterviewMode.INTERVIEW : mode;
        style = style == null ? InterviewStyle.STANDARD : style;
        if (timer < 0 || timer > MAX_TIMER) {
            throw new IllegalArgumentException("timer must be 0-" + MAX_TIMER + " minutes: " + timer);
        }
    }

    /** An interview over topics in the standard style, without a timer. */
    public InterviewConfig(List<String> topics, int questions, int level, String language, int followUps,
            InterviewMode mode) {
        this(topics, questions, level, language, followUps, mode, InterviewStyle.STANDARD, 0, null);
    }

    /** Five questions over every topic, in the default language (Chinese), with up to two follow-ups each. */
    public static InterviewConfig defaults() {
        return new InterviewConfig(List.of(), 5, 0, Wording.defaultLanguage(), 2, InterviewMode.INTERVIEW);
    }

    public boolean english() {
        return language.equals("en");
    }

    /** Whether the questions come from a target's requirements rather than from topics. */
    public boolean targeted() {
        return target != null;
    }

    public InterviewConfig withTarget(TargetChoice value) {
        return new InterviewConfig(topics, questions, level, language, followUps, mode, style, timer, value);
    }
}
