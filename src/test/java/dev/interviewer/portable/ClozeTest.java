package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClozeTest {
    @Test
    void eachNumberBlanksItsDeletionsAndShowsTheOthers() {
        Cloze cloze = Cloze.parse("{{c1::Paris}} is in {{c2::France::country}}; {{c1::it}} is big.");
        assertThat(cloze.numbers()).containsExactly(1, 2);
        assertThat(cloze.question(1)).isEqualTo("[...] is in France; [...] is big.");
        assertThat(cloze.question(2)).isEqualTo("Paris is in [... (country)]; it is big.");
        assertThat(cloze.answer(2)).isEqualTo("Paris is in <b>France</b>; it is big.");
        assertThat(cloze.revealed()).isEqualTo("Paris is in France; it is big.");
    }

    @Test
    void nestedDeletionsAreCardsOfTheirOwn() {
        Cloze cloze = Cloze.parse("{{c1::outer {{c2::inner}} text}}");
        assertThat(cloze.numbers()).containsExactly(1, 2);
        assertThat(cloze.question(1)).isEqualTo("[...]");
        assertThat(cloze.question(2)).isEqualTo("outer [...] text");
        assertThat(cloze.answer(1)).isEqualTo("<b>outer inner text</b>");
    }

    @Test
    void anUnclosedDeletionRunsToTheEndAndStrayBracesAreText() {
        assertThat(Cloze.parse("a {{c1::b").question(1)).isEqualTo("a [...]");
        assertThat(Cloze.parse("x }} y {{ z").numbers()).isEmpty();
        assertThat(Cloze.parse("x }} y {{ z").revealed()).isEqualTo("x }} y {{ z");
    }

    @Test
    void imageOcclusionMasksAreRecognised() {
        assertThat(Cloze.parse("{{c1::image-occlusion:rect:left=.1:top=.2}}").isImageOcclusion()).isTrue();
        assertThat(Cloze.parse("{{c1::text}}").isImageOcclusion()).isFalse();
    }
}
