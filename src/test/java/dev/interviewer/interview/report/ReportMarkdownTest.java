package dev.interviewer.interview.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.testing.InMemoryInterviewStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportMarkdownTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private final InterviewService service = InterviewService.builder(() -> Fixtures.knowledge(Fixtures.attention(),
                    Fixtures.card("ppo", "RLHF", 2, 3, 2, 1)), new KeywordGrader(), new InMemoryInterviewStore())
            .clock(CLOCK).seeds(() -> 7L).build();

    private String finishedInterview(String language) {
        String id = service.start(new InterviewConfig(List.of(), 2, 0, language, 1, InterviewMode.INTERVIEW)).id();
        // Whatever the order, the attention answer covers point 3 and the PPO one nothing: one follow-up each.
        service.answer(id, "it keeps a unit scale\n# not a heading\n\n| not | a table |");
        service.command(id, Command.SKIP);
        while (service.transcript(id).status() == InterviewStatus.ACTIVE) {
            service.command(id, Command.SKIP);
        }
        return id;
    }

    @Test
    void rendersScoreQuestionsAnswersPointsReferenceAndReview() {
        String id = finishedInterview("en");
        Report report = service.report(id);

        String md = new ReportMarkdown().render(report);

        assertThat(md).startsWith("# Interview report\n");
        assertThat(md).contains("- **Overall score:** " + String.format(java.util.Locale.ROOT, "%.1f",
                report.score()) + " / 10 (2 of 2 questions scored)");
        assertThat(md).contains("- **Status:** finished", "- **Date:** 2026-03-01 09:00 UTC – 2026-03-01 09:00 UTC");
        assertThat(md).contains("### 1. ", "### 2. ", "Attention scaling", "`transformer.md#Attention scaling`");
        assertThat(md).contains("> it keeps a unit scale\n> # not a heading\n>\n> | not | a table |\n");
        assertThat(md).contains("**Covered**\n\n- ✓ 除以 √d_k 使方差回到 1，训练更稳定");
        assertThat(md).contains("**Missed**\n\n- ✗ 点积的方差随 d_k 线性增长");
        assertThat(md).contains("**Reference answer**\n\n点积的方差随 d_k 线性增长");
        assertThat(md).contains("## To review\n\n- **");
        assertThat(md).contains("| Transformer |", "| RLHF |");
    }

    @Test
    void speaksTheInterviewLanguage() {
        String md = new ReportMarkdown().render(service.report(finishedInterview("zh")));

        assertThat(md).startsWith("# 面试报告\n").contains("**总分:**", "已评分 2 / 2 题", "**参考答案**", "## 需要复习");
        String review = md.substring(md.indexOf("## 需要复习"));
        assertThat(review).contains(" — 已跳过\n", " — 遗漏：点积的方差").doesNotContain("skipped", "missed:");
    }

    @Test
    void quotesEveryLineOfAnAnswer() {
        assertThat(ReportMarkdown.quote("a\n\n## b\r\nc")).isEqualTo("> a\n>\n> ## b\n> c\n");
    }
}
