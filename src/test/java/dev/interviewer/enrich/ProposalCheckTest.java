package dev.interviewer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.interviewer.enrich.CardSuggestions.Rejected;
import dev.interviewer.enrich.Suggestion.Kind;
import dev.interviewer.retrieval.InProcessEmbedder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The check of a proposal against the card's own note, with the app's embedding model. */
class ProposalCheckTest {
    private static final InProcessEmbedder MODEL = InProcessEmbedder.bge();
    private final ProposalCheck check = new ProposalCheck(new Grounding(MODEL));

    @AfterAll
    static void close() {
        MODEL.close();
    }

    @Test
    void keepsWhatTheNoteSaysAndThrowsOutWhatItDoesNotWithTheReason() {
        ProposalCheck.Checked checked = check.check(EnrichFixtures.card(), EnrichFixtures.proposal());

        assertThat(checked.items()).extracting(Suggestion::id, Suggestion::kind).containsExactly(
                tuple("kp1", Kind.KEY_POINT), tuple("kp2", Kind.KEY_POINT), tuple("pf1", Kind.PITFALL),
                tuple("fu1", Kind.FOLLOW_UP), tuple("level", Kind.LEVEL), tuple("tag1", Kind.TAG),
                tuple("tag2", Kind.TAG));
        assertThat(checked.items().get(0).weight()).isEqualTo(3);
        assertThat(checked.items().get(0).support()).contains("key 和 value");
        assertThat(checked.items()).filteredOn(s -> s.kind() == Kind.FOLLOW_UP).singleElement()
                .satisfies(f -> assertThat(f.target()).isEqualTo("kp2"));
        assertThat(checked.items()).filteredOn(s -> s.kind() == Kind.TAG).extracting(Suggestion::text)
                .containsExactly("inference", "kv-cache");
        assertThat(checked.rejected()).extracting(Rejected::kind).containsExactly(Kind.KEY_POINT, Kind.FOLLOW_UP);
        assertThat(checked.rejected().get(0).text()).contains("Google");
        assertThat(checked.rejected().get(0).reason()).startsWith("not supported by the note: similarity");
        assertThat(checked.rejected().get(1).reason()).contains("no key point that was kept");
    }

    @Test
    void aPitfallNeedsACorrectionTheNoteSupportsAndAClaimTheNoteDoesNotMake() {
        Proposal proposal = new Proposal(List.of(), List.of(
                new Proposal.Mistake("KV cache 能减少显存", "", ""),
                new Proposal.Mistake("KV cache 只在训练时使用", "KV cache 主要用于图像分类模型的数据增强", ""),
                new Proposal.Mistake("MQA 和 GQA 让多个 query 头共享 key/value 头，从而成倍减少 KV cache 的显存",
                        "MQA 和 GQA 让多个 query 头共享 key/value 头", "")), List.of(), 0, List.of());

        ProposalCheck.Checked checked = check.check(EnrichFixtures.card(), proposal);

        assertThat(checked.items()).isEmpty();
        assertThat(checked.rejected()).extracting(Rejected::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("no correction"),
                r -> assertThat(r).startsWith("the correction is not supported by the note"),
                r -> assertThat(r).contains("the note says this itself"));
    }

    @Test
    void aReplyWithoutKeyPointsIsNoProposal() {
        assertThatThrownBy(() -> check.check(EnrichFixtures.card(), new Proposal(null, List.of(), List.of(), 1,
                List.of()))).isInstanceOf(InvalidProposalException.class);
    }

    @Test
    void cleaningKeepsOneLineWithoutTheNotesFormatsOwnSyntax() {
        assertThat(ProposalCheck.clean(" [w=3] a\n b => c | en: d ")).isEqualTo("a b -> c / en: d");
        assertThat(ProposalCheck.clean("x".repeat(400))).hasSize(ProposalCheck.MAX_CHARS + 1).endsWith("…");
    }
}
