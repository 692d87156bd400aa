package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.report.Report;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.testing.InMemoryInterviewStore;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PracticeSessionTest {
    private static final String BOTH = "kw1-a kw2-a kw1-b kw2-b";

    private final KeywordGrader grader = new KeywordGrader();
    private final InterviewService service = InterviewService.builder(
            () -> Fixtures.knowledge(Fixtures.card("a", "Alpha", 1, 1, 1), Fixtures.card("b", "Beta", 2, 1, 1)),
            grader, new InMemoryInterviewStore()).seeds(() -> 3L).build();
    private final StringWriter output = new StringWriter();

    private Report run(String input, String language, int followUps) throws Exception {
        PracticeSession session = new PracticeSession(service, new BufferedReader(new StringReader(input)),
                new PrintWriter(output, true));
        return session.run(new InterviewConfig(List.of(), 2, 0, language, followUps, InterviewMode.INTERVIEW));
    }

    @Test
    void anEmptyLineEndsEachAnswerAndTheReportFollows() throws Exception {
        Report report = run(BOTH + "\n\n" + BOTH + "\n", "zh", 2);

        assertThat(report.status()).isEqualTo(InterviewStatus.FINISHED);
        assertThat(report.score()).isEqualTo(10.0);
        assertThat(output.toString()).contains("第 1/2 题").contains("第 2/2 题")
                .contains("-> 10.0/10（strong），覆盖 2/2 个要点").contains("== 报告 ==").contains("总分 10.0/10（答了 2/2 题）");
    }

    @Test
    void aScriptedFiveQuestionInterviewRunsToItsReport() throws Exception {
        KnowledgeBase six = Fixtures.sixCards();
        String everything = six.cards().stream().flatMap(c -> c.keyPoints().stream()).map(KeyPoint::english)
                .collect(Collectors.joining(" "));
        InterviewService fresh = InterviewService.builder(() -> six, grader, new InMemoryInterviewStore())
                .seeds(() -> 8L).build();
        String script = (everything + "\n\n").repeat(5);

        Report report = new PracticeSession(fresh, new BufferedReader(new StringReader(script)),
                new PrintWriter(output, true)).run(new InterviewConfig(List.of(), 5, 0, "zh", 2,
                InterviewMode.INTERVIEW));

        assertThat(report.status()).isEqualTo(InterviewStatus.FINISHED);
        assertThat(report.questionsScored()).isEqualTo(5);
        assertThat(grader.calls).hasValue(5);
        assertThat(output.toString()).contains("第 5/5 题").contains("总分 10.0/10（答了 5/5 题）");
    }

    @Test
    void eachLineOfAnAnswerIsReadAheadWhileTheNextIsTyped() throws Exception {
        run("first line kw1-a kw1-b\nsecond line kw2-a kw2-b\n\n:end\n", "en", 0);

        assertThat(grader.drafts).containsExactly("first line kw1-a kw1-b",
                "first line kw1-a kw1-b\nsecond line kw2-a kw2-b");
        assertThat(grader.requests.get(0).answer()).isEqualTo("first line kw1-a kw1-b\nsecond line kw2-a kw2-b");
    }

    @Test
    void aMultiLineAnswerIsOneAnswer() throws Exception {
        run("first line kw1-a kw1-b\nsecond line kw2-a kw2-b\n\n" + BOTH + "\n\n", "en", 0);

        List<Turn> turns = service.transcript(service.list().get(0).id()).turns();
        assertThat(turns.get(0).answer()).isEqualTo("first line kw1-a kw1-b\nsecond line kw2-a kw2-b");
        assertThat(grader.calls).hasValue(2);
        assertThat(output.toString()).contains("Question 2 of 2").contains("== Report ==");
    }

    @Test
    void aVagueAnswerIsFollowedUp() throws Exception {
        run("no idea\n\n" + BOTH + "\n\n" + BOTH + "\n", "en", 1);

        String text = output.toString();
        assertThat(text).contains("-> 0.0/10").contains("missed:");
        assertThat(text.indexOf("Question 2 of 2")).isGreaterThan(text.indexOf("-> 10.0/10"));
        assertThat(service.transcript(service.list().get(0).id()).turns()).hasSize(3);
    }

    @Test
    void commandsWorkAndTheEndOfInputEndsTheInterview() throws Exception {
        Report report = run(":hint\n:skip\n:repeat\n", "zh", 2);

        String text = output.toString();
        assertThat(text).contains("提示").contains("参考答案").contains("Reference answer of");
        assertThat(report.status()).isEqualTo(InterviewStatus.ENDED);
        assertThat(report.questionsScored()).isEqualTo(1);
        assertThat(text).contains("（跳过）").contains("复习：");
        assertThat(grader.calls).hasValue(0);
    }

    @Test
    void anUnknownCommandIsReportedAndTheInterviewGoesOn() throws Exception {
        Report report = run(":dance\n" + BOTH + "\n\n" + BOTH + "\n", "en", 0);

        assertThat(output.toString()).contains("! command must be skip, hint, repeat or end");
        assertThat(report.status()).isEqualTo(InterviewStatus.FINISHED);
    }
}
