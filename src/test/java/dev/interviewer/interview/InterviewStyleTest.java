package dev.interviewer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStyle;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.Phrasebook;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.testing.InMemoryInterviewStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interview styles change how deep the interviewer digs, how many hints it gives and how it speaks. */
class InterviewStyleTest {
    private final KnowledgeBase kb = Fixtures.knowledge(Fixtures.attention());
    private final InterviewService service = InterviewService.builder(() -> kb, new KeywordGrader(),
            new InMemoryInterviewStore()).seeds(() -> 5L).build();

    private String start(InterviewStyle style, String language) {
        return service.start(new InterviewConfig(List.of(), 1, 0, language, 3, InterviewMode.INTERVIEW, style,
                style.timerMinutes(), null)).id();
    }

    @Test
    void friendlyMovesOnAtThreeQuartersCoveredWhereStandardAndPressureDigFurther() {
        // Points 1 and 2 of the attention card weigh 6 of 8: 75% covered.
        String answer = "the variance grows, so softmax would saturate";

        MessageKind friendly = service.answer(start(InterviewStyle.FRIENDLY, "en"), answer).next().kind();
        MessageKind standard = service.answer(start(InterviewStyle.STANDARD, "en"), answer).next().kind();
        MessageKind pressure = service.answer(start(InterviewStyle.PRESSURE, "en"), answer).next().kind();

        assertThat(friendly).isEqualTo(MessageKind.END);
        assertThat(standard).isEqualTo(MessageKind.FOLLOW_UP);
        assertThat(pressure).isEqualTo(MessageKind.FOLLOW_UP);
    }

    @Test
    void pressureGivesNoHintsStandardTwoAndFriendlyOneForEveryMissedPoint() {
        assertThat(hints(InterviewStyle.PRESSURE)).isZero();
        assertThat(hints(InterviewStyle.STANDARD)).isEqualTo(2);
        assertThat(hints(InterviewStyle.FRIENDLY)).isEqualTo(3);
        String id = start(InterviewStyle.PRESSURE, "en");
        CommandResult.Hinted refused = (CommandResult.Hinted) service.command(id, Command.HINT);
        assertThat(refused.message().text()).isEqualTo(Phrasebook.of("en", "pressure").noMoreHints());
    }

    // Asks for hints until the interviewer has none left; the number it gave.
    private int hints(InterviewStyle style) {
        String id = start(style, "en");
        for (int i = 0; i < 5; i++) {
            service.command(id, Command.HINT);
        }
        return service.transcript(id).turns().get(0).hints().size();
    }

    @Test
    void eachStyleSpeaksInItsOwnToneAndHasADefaultTimer() {
        String friendly = service.transcript(start(InterviewStyle.FRIENDLY, "en")).turns().get(0).prompt().text();
        String pressure = service.transcript(start(InterviewStyle.PRESSURE, "zh")).turns().get(0).prompt().text();

        assertThat(Phrasebook.of("en", "friendly").openings()).anyMatch(o -> friendly.startsWith(
                o.substring(0, o.indexOf(' '))));
        assertThat(Phrasebook.of("zh", "pressure").openings()).anyMatch(o -> pressure.startsWith(
                o.substring(0, 2)));
        assertThat(Phrasebook.of("en", "pressure").acknowledgements())
                .doesNotContainAnyElementsOf(Phrasebook.of("en", "friendly").acknowledgements());
        assertThat(InterviewStyle.FRIENDLY.timerMinutes()).isZero();
        assertThat(InterviewStyle.PRESSURE.timerMinutes()).isLessThan(InterviewStyle.STANDARD.timerMinutes());
        assertThat(InterviewStyle.FRIENDLY.followUps()).isLessThan(InterviewStyle.PRESSURE.followUps());
    }
}
