package dev.interviewer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.interviewer.enrich.CardSuggestions.Placement;
import dev.interviewer.enrich.ReviewService.Action;
import dev.interviewer.enrich.ReviewService.Edit;
import dev.interviewer.enrich.Suggestion.Kind;
import dev.interviewer.enrich.Suggestion.Status;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.FollowUp;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.knowledge.Pitfall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accepting, editing and rejecting suggestions: what is accepted is written where the queue says (a sidecar or the
 * note), in the notes format the loader reads back; what someone edited by hand is never overwritten.
 */
class ReviewServiceTest {
    private static final String NOTE = """
            # 推理

            ## KV cache

            KV cache 缓存已经算过的 key 和 value。

            ## Paged attention

            按页管理 KV cache。
            """;

    @TempDir
    Path notes;
    @TempDir
    Path data;

    private ReviewQueue queue;
    private ReviewService review;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(notes.resolve("inference.md"), NOTE);
        queue = new ReviewQueue(data.resolve("suggestions"));
        review = new ReviewService(queue, () -> new NotesLoader().load(notes), new AnnotationFiles(notes));
    }

    private void queued(Placement placement) {
        queue.save(new CardSuggestions("inference/kv-cache", "inference.md", "KV cache", placement, Instant.EPOCH,
                "m", List.of(
                        EnrichFixtures.point("kp1", "缓存已算过的 key 和 value", Status.PENDING),
                        EnrichFixtures.point("kp2", "显存随序列长度线性增长", Status.PENDING),
                        new Suggestion("fu1", Kind.FOLLOW_UP, "长上下文时显存会怎样？", "And long contexts?", 0, "",
                                "kp2", "", Status.PENDING),
                        new Suggestion("pf1", Kind.PITFALL, "KV cache 不占显存", "it costs no memory", 0,
                                "缓存随长度线性增长", "", "", Status.PENDING),
                        new Suggestion("level", Kind.LEVEL, "2", "", 0, "", "", "", Status.PENDING),
                        new Suggestion("tag1", Kind.TAG, "inference", "", 0, "", "", "", Status.PENDING)),
                List.of(), new TokenUsage(10, 5), ""));
    }

    private Card card() {
        return new NotesLoader().load(notes).card("inference/kv-cache").orElseThrow();
    }

    @Test
    void acceptingAllWritesASidecarTheLoaderMergesIntoTheCard() throws IOException {
        queued(Placement.SIDECAR);
        CardSuggestions after = review.acceptAll("inference/kv-cache");

        assertThat(after.count(Status.ACCEPTED)).isEqualTo(6);
        Path sidecar = notes.resolve("inference.annotations.md");
        assertThat(Files.readString(sidecar)).contains("## inference/kv-cache", "**Key points**",
                "- [w=2] 缓存已算过的 key 和 value | en: gloss of kp1", "- [kp=2] 长上下文时显存会怎样？",
                "- KV cache 不占显存 => 缓存随长度线性增长 | en: it costs no memory", "**Level**: 2",
                "**Tags**: inference");
        assertThat(Files.readString(notes.resolve("inference.md"))).isEqualTo(NOTE);
        KnowledgeBase kb = new NotesLoader().load(notes);
        assertThat(kb.problems()).isEmpty();
        Card card = kb.card("inference/kv-cache").orElseThrow();
        assertThat(card.keyPoints()).extracting(KeyPoint::text).containsExactly("缓存已算过的 key 和 value",
                "显存随序列长度线性增长");
        assertThat(card.followUps()).extracting(FollowUp::targetKeyPoint).containsExactly(2);
        assertThat(card.pitfalls()).extracting(Pitfall::correction).containsExactly("缓存随长度线性增长");
        assertThat(card.level()).isEqualTo(2);
    }

    @Test
    void eachAcceptRewritesTheCardsSectionAndAFollowUpFindsItsPointOnceThatIsAccepted() throws IOException {
        queued(Placement.SIDECAR);
        review.decide("inference/kv-cache", "fu1", Action.ACCEPT, null);
        assertThat(card().followUps()).extracting(FollowUp::targetKeyPoint).containsExactly(0);

        review.decide("inference/kv-cache", "kp2", Action.ACCEPT, null);
        review.decide("inference/kv-cache", "kp1", Action.REJECT, null);

        assertThat(card().keyPoints()).extracting(KeyPoint::text).containsExactly("显存随序列长度线性增长");
        assertThat(card().followUps()).extracting(FollowUp::targetKeyPoint).containsExactly(1);
        String sidecar = Files.readString(notes.resolve("inference.annotations.md"));
        assertThat(sidecar.split("## inference/kv-cache", -1)).hasSize(2);
    }

    @Test
    void anEditIsCheckedThenWrittenAsTheReviewerWroteIt() {
        queued(Placement.SIDECAR);
        assertThatThrownBy(() -> review.decide("inference/kv-cache", "kp1", Action.EDIT,
                new Edit("ok", null, 5.0, null))).isInstanceOf(ReviewException.class).hasMessageContaining("1-3")
                .extracting(e -> ((ReviewException) e).reason()).isEqualTo(ReviewException.Reason.INVALID);
        assertThatThrownBy(() -> review.decide("inference/kv-cache", "level", Action.EDIT,
                new Edit("4", null, null, null))).hasMessageContaining("1, 2 or 3");

        CardSuggestions after = review.decide("inference/kv-cache", "kp1", Action.EDIT,
                new Edit("缓存每一层的 key 和 value", "caches each layer's keys and values", 3.0, null));

        assertThat(after.item("kp1").orElseThrow()).extracting(Suggestion::status, Suggestion::weight)
                .containsExactly(Status.ACCEPTED, 3.0);
        assertThat(card().keyPoints()).extracting(KeyPoint::text, KeyPoint::english, KeyPoint::weight)
                .containsExactly(tuple("缓存每一层的 key 和 value", "caches each layer's keys and values", 3.0));
    }

    @Test
    void anAcceptedItemCannotBeRejectedAndUnknownOnesAreNotFound() {
        queued(Placement.SIDECAR);
        review.decide("inference/kv-cache", "kp1", Action.ACCEPT, null);

        assertThatThrownBy(() -> review.decide("inference/kv-cache", "kp1", Action.REJECT, null))
                .extracting(e -> ((ReviewException) e).reason()).isEqualTo(ReviewException.Reason.CONFLICT);
        assertThatThrownBy(() -> review.decide("inference/kv-cache", "kp9", Action.ACCEPT, null))
                .extracting(e -> ((ReviewException) e).reason()).isEqualTo(ReviewException.Reason.NOT_FOUND);
        assertThatThrownBy(() -> review.get("inference/nope"))
                .extracting(e -> ((ReviewException) e).reason()).isEqualTo(ReviewException.Reason.NOT_FOUND);
    }

    @Test
    void aSectionEditedByHandIsNotOverwritten() throws IOException {
        queued(Placement.SIDECAR);
        review.decide("inference/kv-cache", "kp1", Action.ACCEPT, null);
        Path sidecar = notes.resolve("inference.annotations.md");
        String edited = Files.readString(sidecar).replace("缓存已算过的", "我改过的");
        Files.writeString(sidecar, edited);

        assertThatThrownBy(() -> review.decide("inference/kv-cache", "kp2", Action.ACCEPT, null))
                .isInstanceOf(ReviewException.class).hasMessageContaining("edited")
                .extracting(e -> ((ReviewException) e).reason()).isEqualTo(ReviewException.Reason.CONFLICT);
        assertThat(Files.readString(sidecar)).isEqualTo(edited);
        assertThat(review.get("inference/kv-cache").item("kp2").orElseThrow().status()).isEqualTo(Status.PENDING);
    }

    @Test
    void inlineAnnotationsGoAtTheEndOfTheCardsOwnSectionKeepingCrlfLineEnds() throws IOException {
        Files.writeString(notes.resolve("inference.md"), NOTE.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        queued(Placement.INLINE);
        review.decide("inference/kv-cache", "kp1", Action.ACCEPT, null);
        review.decide("inference/kv-cache", "kp2", Action.ACCEPT, null);

        String note = Files.readString(notes.resolve("inference.md"));
        assertThat(note).contains("KV cache 缓存已经算过的 key 和 value。\r\n\r\n**Key points**\r\n- [w=2] 缓存已算过的"
                + " key 和 value | en: gloss of kp1\r\n- [w=2] 显存随序列长度线性增长 | en: gloss of kp2\r\n\r\n"
                + "## Paged attention");
        assertThat(note.replace("\r\n", "")).doesNotContain("\n");
        assertThat(Files.exists(notes.resolve("inference.annotations.md"))).isFalse();
        KnowledgeBase kb = new NotesLoader().load(notes);
        assertThat(kb.card("inference/kv-cache").orElseThrow().keyPoints()).hasSize(2);
        assertThat(kb.card("inference/paged-attention").orElseThrow().reference()).isEqualTo("按页管理 KV cache。");
    }
}
