package dev.interviewer.interview.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.testing.InMemoryInterviewStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private final InterviewService service = InterviewService.builder(() -> Fixtures.knowledge(Fixtures.attention()),
            new KeywordGrader(), new InMemoryInterviewStore()).clock(CLOCK).seeds(() -> 7L).build();

    private String start(String language) {
        return service.start(new InterviewConfig(List.of(), 1, 0, language, 0, InterviewMode.INTERVIEW)).id();
    }

    private String reviewReason(String id) {
        return service.report(id).review().get(0).reason();
    }

    @Test
    void aChineseInterviewListsMissedPointsInChinese() {
        String id = start("zh");
        service.answer(id, "unit");

        assertThat(reviewReason(id)).isEqualTo("遗漏：点积的方差随 d_k 线性增长；logits 过大使 softmax 饱和、梯度消失");
    }

    @Test
    void anEnglishInterviewListsMissedPointsInEnglishByTheirEnglishGloss() {
        String id = start("en");
        service.answer(id, "unit");

        assertThat(reviewReason(id)).isEqualTo("missed: variance; saturate");
    }

    @Test
    void aSkipIsNamedInTheInterviewLanguageInTheReasonAndTheTurnFeedback() {
        String zh = start("zh");
        service.command(zh, Command.SKIP);
        String en = start("en");
        service.command(en, Command.SKIP);

        assertThat(reviewReason(zh)).isEqualTo("已跳过");
        assertThat(service.report(zh).questions().get(0).turns().get(0).feedback()).isEqualTo("已跳过");
        assertThat(reviewReason(en)).isEqualTo("skipped");
    }

    @Test
    void aHintedButCoveredQuestionNamesTheHintedPointsNotTheirNumbers() {
        String zh = start("zh");
        service.command(zh, Command.HINT);
        service.answer(zh, "variance, saturate, unit");
        String en = start("en");
        service.command(en, Command.HINT);
        service.answer(en, "variance, saturate, unit");

        assertThat(reviewReason(zh)).isEqualTo("用了提示：点积的方差随 d_k 线性增长");
        assertThat(reviewReason(en)).isEqualTo("hinted: variance");
    }
}
