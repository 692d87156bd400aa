package dev.interviewer.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.report.Report;
import dev.interviewer.interview.report.ReportMarkdown;
import dev.interviewer.interview.voice.AudioClip;
import dev.interviewer.interview.voice.Delivery;
import dev.interviewer.interview.voice.Recordings;
import dev.interviewer.interview.voice.SpokenAnswer;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.store.FileRecordings;
import dev.interviewer.testing.AudioSamples;
import dev.interviewer.testing.InMemoryInterviewStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spoken answers: delivery is stored with the answer, shown beside the grade, summed in the report. */
class SpokenAnswersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final KnowledgeBase kb = Fixtures.sixCards();
    private final InMemoryInterviewStore store = new InMemoryInterviewStore();

    private InterviewService service(Recordings recordings) {
        return InterviewService.builder(() -> kb, new KeywordGrader(), store).clock(CLOCK).seeds(() -> 7L)
                .recordings(recordings).build();
    }

    private static InterviewConfig config(String language) {
        return new InterviewConfig(List.of(), 3, 0, language, 0, InterviewMode.INTERVIEW);
    }

    @Test
    void aSpokenAnswerKeepsItsDeliveryAndTheSameGradeAsTyped() {
        InterviewService service = service(Recordings.NONE);
        String spokenId = service.start(config("zh")).id();
        String typedId = service.start(config("zh")).id();
        String text = "it keeps a unit scale";
        SpokenAnswer spoken = new SpokenAnswer("um, it keeps, like, a unit scale", 4, List.of(0.3, 2.0));

        Results.Answered aloud = service.answer(spokenId, text, spoken);
        Results.Answered typed = service.answer(typedId, text);

        assertThat(aloud.delivery()).isNotNull();
        assertThat(aloud.delivery().unit()).isEqualTo(Delivery.WORDS);
        assertThat(aloud.delivery().fillers()).isEqualTo(2);
        assertThat(aloud.delivery().longPauses()).isEqualTo(1);
        assertThat(typed.delivery()).isNull();
        // The content grade reads the text only: delivery never changes it.
        assertThat(aloud.grade().score()).isEqualTo(typed.grade().score());
        assertThat(aloud.grade().band()).isEqualTo(typed.grade().band());
        Turn stored = store.load(spokenId).orElseThrow().turns().get(0);
        assertThat(stored.delivery()).isEqualTo(aloud.delivery());
        assertThat(stored.answer()).isEqualTo(text);
    }

    @Test
    void theReportSumsUpTheSpokenAnswers() {
        InterviewService service = service(Recordings.NONE);
        String id = service.start(config("en")).id();
        service.answer(id, "it keeps a unit scale", new SpokenAnswer("um it keeps a unit scale", 3, List.of()));
        service.answer(id, "I do not know this one", null);
        service.answer(id, "a low rank update", new SpokenAnswer("uh a low rank update", 3, List.of(1.8)));

        Report report = service.report(id);
        assertThat(report.voice()).isNotNull();
        assertThat(report.voice().spoken()).isEqualTo(2);
        assertThat(report.voice().answered()).isEqualTo(3);
        assertThat(report.voice().seconds()).isEqualTo(6.0);
        assertThat(report.voice().fillers()).isEqualTo(2);
        assertThat(report.voice().fillersPerMinute()).isEqualTo(20.0);
        assertThat(report.voice().longPauses()).isEqualTo(1);
        assertThat(report.questions().get(0).turns().get(0).delivery()).isNotNull();
        assertThat(report.questions().get(1).turns().get(0).delivery()).isNull();
        assertThat(new ReportMarkdown().render(report)).contains("2 of 3 answers spoken")
                .contains("20.0 fillers a minute");
    }

    @Test
    void aReportWithoutSpokenAnswersHasNoVoiceSummary() {
        InterviewService service = service(Recordings.NONE);
        String id = service.start(config("zh")).id();
        service.answer(id, "it keeps a unit scale");
        assertThat(service.report(id).voice()).isNull();
        assertThat(new ReportMarkdown().render(service.report(id))).doesNotContain("口头作答");
    }

    @Test
    void deletingAnInterviewDeletesItsRecordings() {
        FileRecordings recordings = new FileRecordings(data.resolve("recordings"), CLOCK);
        InterviewService service = service(recordings);
        String id = service.start(config("zh")).id();
        String other = service.start(config("zh")).id();
        recordings.keep(id, 0, AudioClip.of(AudioSamples.wav(8000, 1.0)));
        recordings.keep(other, 0, AudioClip.of(AudioSamples.wav(8000, 1.0)));

        service.delete(id);

        assertThat(store.load(id)).isEmpty();
        assertThat(recordings.list(id)).isEmpty();
        assertThat(data.resolve("recordings").resolve(id)).doesNotExist();
        assertThat(recordings.list(other)).hasSize(1);
        assertThatThrownBy(() -> service.transcript(id)).isInstanceOf(InterviewException.class);
        assertThatThrownBy(() -> service.delete(id)).isInstanceOf(InterviewException.class)
                .hasMessageContaining(id);
    }
}
