package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaNamesTest {
    @Test
    void aMediaNameNeverLeavesTheMediaFolderOrHides() {
        assertThat(MediaNames.safe("../../etc/passwd")).isEqualTo("__.._etc_passwd");
        assertThat(MediaNames.safe(".hidden.png")).isEqualTo("_hidden.png");
        assertThat(MediaNames.safe("a:b*c?.png")).isEqualTo("a_b_c_.png");
        assertThat(MediaNames.safe("图 1.png")).isEqualTo("图 1.png");
    }

    @Test
    void aVeryLongNameIsShortenedKeepingItsExtension() {
        String name = MediaNames.safe("x".repeat(300) + ".jpeg");
        assertThat(name).hasSizeLessThanOrEqualTo(120).endsWith(".jpeg");
        assertThat(MediaNames.safe("y".repeat(300) + ".jpeg")).isNotEqualTo(name);
    }
}
