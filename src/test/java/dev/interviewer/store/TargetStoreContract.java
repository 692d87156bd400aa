package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.interview.model.SavedTarget;
import dev.interviewer.interview.model.TargetStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every target store does; each implementation runs it. */
public abstract class TargetStoreContract {
    protected static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    protected TargetStore targets;

    protected abstract TargetStore newStore();

    /** Makes an interview with this id exist, where the store needs one for its plan. */
    protected abstract void interviewExists(String id);

    @BeforeEach
    void newTargets() {
        targets = newStore();
    }

    private static List<QuestionRequirement> plan(String interviewId) {
        return List.of(new QuestionRequirement(1, "rlhf/dpo", "DPO", 1.0, ""),
                new QuestionRequirement(2, "inference/kv", "KV cache", 0.8, ""),
                new QuestionRequirement(3, "gap/" + interviewId + "/3", "Kubernetes operators", 0.8,
                        "How does a Kubernetes operator reconcile state?"));
    }

    @Test
    void savesATargetByNameAndSavingTheNameAgainReplacesItsText() {
        SavedTarget first = targets.save("Acme ML", "- DPO", T0);
        SavedTarget again = targets.save("acme ml", "- DPO\n- ZeRO", T0.plusSeconds(60));
        SavedTarget other = targets.save("Beta", "- LoRA", T0.plusSeconds(30));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.createdAt()).isEqualTo(T0);
        assertThat(targets.find(first.id()).orElseThrow().text()).isEqualTo("- DPO\n- ZeRO");
        assertThat(targets.list()).extracting(SavedTarget::id).containsExactly(first.id(), other.id());
    }

    @Test
    void deletesASavedTarget() {
        SavedTarget saved = targets.save("Acme ML", "- DPO", T0);

        assertThat(targets.delete(saved.id())).isTrue();
        assertThat(targets.delete(saved.id())).isFalse();
        assertThat(targets.find(saved.id())).isEmpty();
    }

    @Test
    void refusesATargetWithoutANameOrText() {
        assertThatThrownBy(() -> targets.save(" ", "- DPO", T0)).isInstanceOf(InterviewException.class);
        assertThatThrownBy(() -> targets.save("x", " ", T0)).isInstanceOf(InterviewException.class);
    }

    @Test
    void keepsAnInterviewsPlanAndFindsItsGapQuestions() {
        interviewExists("i1");
        SavedTarget saved = targets.save("Acme ML", "- DPO", T0);

        targets.savePlan("i1", saved.id(), plan("i1"));

        assertThat(targets.plan("i1")).isEqualTo(plan("i1"));
        assertThat(targets.plan("unknown")).isEmpty();
        assertThat(targets.gap("gap/i1/3").orElseThrow().gapQuestion()).contains("reconcile");
        assertThat(targets.gap("rlhf/dpo")).isEmpty();
        assertThat(targets.interviewIds(saved.id())).containsExactly("i1");
        assertThat(targets.interviewIds("")).isEmpty();
    }

    @Test
    void anInterviewsPlanIsWrittenOnce() {
        interviewExists("i1");
        targets.savePlan("i1", "", plan("i1"));

        assertThatThrownBy(() -> targets.savePlan("i1", "", plan("i1"))).isInstanceOf(InterviewException.class);
        assertThat(targets.plan("i1")).hasSize(3);
    }
}
