package dev.interviewer.interview.phrasing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.knowledge.TermShapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every follow-up and hint template of every style, in Chinese and English, filled from every key point of
 * the bundled notes: a slot holds a whole noun phrase (a glossary term or a technology name), never a word cut from
 * a key point such as "independent", and no placeholder is left.
 */
class TemplatesOnBundledCardsTest {
    private static final List<String> STYLES = List.of("friendly", "standard", "pressure");
    private static final List<String> LANGUAGES = List.of("zh", "en");
    // Words the old cue picker put in the slot ("from the angle of independent"): adjectives, verbs, determiners.
    private static final Set<String> NOT_NOUN_PHRASES = Set.of("independent", "needs", "must", "has", "runs", "sum",
            "same", "two", "all", "these", "result", "both", "whole", "general", "plain", "combined", "kept", "also",
            "transferred", "estimates", "exploits", "freeze", "cheaper", "processes", "rationale", "student");
    private static final Map<String, List<Said>> SAID = new ConcurrentHashMap<>();
    private static KnowledgeBase notes;

    @BeforeAll
    static void readTheBundledNotes() {
        notes = new NotesLoader().load(Path.of("knowledge"));
    }

    /** Every message of one style and language, with the template each came from. */
    private record Said(String template, String text, String slot) {
    }

    private static List<Said> said(String style, String language) {
        return SAID.computeIfAbsent(style + "/" + language, k -> sayEverything(style, language));
    }

    private static List<Said> sayEverything(String style, String language) {
        Phrasebook words = Phrasebook.of(language, style);
        List<Said> said = new ArrayList<>();
        int turn = 0;
        for (Card card : notes.askableCards()) {
            for (KeyPoint point : card.keyPoints()) {
                OfflineInterviewer interviewer = new OfflineInterviewer(language, style, card.id().hashCode());
                turn++;
                String followUp = withoutAcknowledgement(interviewer.followUp(card, point, "", turn), words);
                said.add(classify(followUp, words.followUps(), List.of()));
                said.add(classify(interviewer.hint(card, point, "", turn), words.hints(), noCueHints(words)));
            }
        }
        return said;
    }

    private static String withoutAcknowledgement(String text, Phrasebook words) {
        return words.acknowledgements().stream().filter(text::startsWith).findFirst()
                .map(ack -> text.substring(ack.length()).strip()).orElseThrow();
    }

    // The hints that take no cue: a whole text, or the lead before a card's own question ({ask}).
    private static List<String> noCueHints(Phrasebook words) {
        List<String> leads = new ArrayList<>(words.plainHints());
        words.hintQuestions().forEach(t -> leads.add(t.substring(0, t.indexOf("{ask}"))));
        return leads;
    }

    // Which {cue} template a message came from, and what its slot holds; other messages have no slot.
    private static Said classify(String text, List<String> templates, List<String> withoutCue) {
        if (withoutCue.stream().anyMatch(text::startsWith)) {
            return new Said("", text, "");
        }
        for (String template : templates) {
            Optional<String> slot = slot(text, template);
            if (slot.isPresent()) {
                return new Said(template, text, slot.get());
            }
        }
        return new Said("", text, "");
    }

    private static Optional<String> slot(String text, String template) {
        int at = template.indexOf("{cue}");
        String before = template.substring(0, at).strip();
        String after = template.substring(at + "{cue}".length()).strip();
        int start = before.isEmpty() ? 0 : text.indexOf(before);
        if (start < 0) {
            return Optional.empty();
        }
        int from = start + before.length();
        int end = after.isEmpty() ? text.length() : text.indexOf(after, from);
        return end < from ? Optional.empty() : Optional.of(text.substring(from, end).strip());
    }

    private static boolean wholeNounPhrase(String slot) {
        boolean glossaryTerm = Glossary.bundled().mentions(slot).stream()
                .anyMatch(m -> m.variant().equalsIgnoreCase(slot));
        return glossaryTerm || TermShapes.technologyName(slot);
    }

    @Test
    void everyCueTemplateIsFilledWithAWholeNounPhraseInEveryStyleAndLanguage() {
        for (String style : STYLES) {
            for (String language : LANGUAGES) {
                List<Said> said = said(style, language);
                Set<String> used = new HashSet<>();
                for (Said s : said) {
                    assertThat(s.text()).as("%s %s", style, language).doesNotContainPattern("\\{[a-z]+}");
                    if (!s.template().isEmpty()) {
                        used.add(s.template());
                        assertThat(wholeNounPhrase(s.slot())).as("%s %s: \"%s\" in: %s", style, language, s.slot(),
                                s.text()).isTrue();
                        assertThat(NOT_NOUN_PHRASES).doesNotContain(s.slot().toLowerCase(Locale.ROOT));
                    }
                }
                List<String> cueTemplates = new ArrayList<>(Phrasebook.of(language, style).followUps());
                cueTemplates.addAll(Phrasebook.of(language, style).hints());
                assertThat(used).as("every {cue} template was read (%s %s)", style, language)
                        .containsExactlyInAnyOrderElementsOf(cueTemplates);
            }
        }
    }

    @Test
    void theFollowUpThatAskedFromTheAngleOfIndependentNowNamesATerm() {
        for (Card card : notes.askableCards()) {
            for (KeyPoint point : card.keyPoints()) {
                if (point.english().startsWith("with independent zero-mean")) {
                    String en = new OfflineInterviewer("en", 1).followUp(card, point, "", 3);
                    assertThat(en).doesNotContain("independent?").doesNotContain("of independent");
                    return;
                }
            }
        }
        throw new AssertionError("the bundled notes no longer have the key point of the old bad follow-up");
    }

    @Test
    void englishInterviewsSpeakEnglishAndChineseOnesSpaceTheirLatinTerms() {
        for (String style : STYLES) {
            for (Said s : said(style, "en")) {
                assertThat(s.text()).as(style).doesNotContainPattern("\\p{IsHan}");
            }
            for (Said s : said(style, "zh")) {
                assertThat(s.text()).as(style).doesNotContainPattern("\\p{IsHan}[A-Za-z]|[A-Za-z]\\p{IsHan}");
            }
        }
    }

    @Test
    void mostFollowUpsAreTheCardsOwnQuestionsOrNameATermAndTheRestNeedNoSlot() {
        List<Said> said = said("standard", "en");
        long withSlot = said.stream().filter(s -> !s.template().isEmpty()).count();
        long open = said.stream().filter(s -> Phrasebook.of("en").openFollowUps().stream()
                .anyMatch(o -> s.text().endsWith(o))).count();

        assertThat(withSlot).isGreaterThan(said.size() / 4);
        assertThat(open).isLessThan(said.size() / 4);
    }
}
