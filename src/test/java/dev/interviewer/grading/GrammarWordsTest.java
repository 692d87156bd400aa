package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrammarWordsTest {
    @Test
    void aWordWithSeveralRolesIsWrittenOnceAndHasEachOfThem() {
        for (String language : Wording.languages()) {
            List<String> words = new ArrayList<>();
            Wording.of(language).words("grammar").forEach(line -> words.add(line.split("\\s+")[0]));
            assertThat(new HashSet<>(words)).as("lang/%s/words/grammar.txt", language).hasSameSizeAs(words);
        }
        GrammarWords grammar = GrammarWords.ofEveryLanguage();
        assertThat(grammar.withRole(GrammarWords.PREDICATE)).contains("to", "是");
        assertThat(grammar.withRole(GrammarWords.RELATION)).contains("to").doesNotContain("是");
        assertThat(grammar.withRole(GrammarWords.FRAME)).contains("to", "是");
    }

    @Test
    void theRolesPartTheWordsAsTheSignalsNeedThem() {
        GrammarWords grammar = GrammarWords.ofEveryLanguage();
        // A weak predicate also occurs inside compound nouns: it is never also a clear one.
        Set<String> both = new HashSet<>(grammar.withRole(GrammarWords.PREDICATE));
        both.retainAll(grammar.withRole(GrammarWords.WEAK_PREDICATE));
        assertThat(both).isEmpty();
        assertThat(grammar.withRole(GrammarWords.NEGATION)).contains("not", "没有", "不需要");
    }

    @Test
    void anUnknownRoleOrAWordWithoutOneIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> GrammarWords.parse(List.of("the article"))).hasMessageContaining("article")
                .hasMessageContaining("the article");
        assertThatThrownBy(() -> GrammarWords.parse(List.of("the"))).hasMessageContaining("needs a role");
    }
}
