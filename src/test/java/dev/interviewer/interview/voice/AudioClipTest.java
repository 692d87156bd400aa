package dev.interviewer.interview.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.interviewer.testing.AudioSamples;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AudioClipTest {
    @Test
    void readsTheLengthOfAWav() {
        AudioClip clip = AudioClip.of(AudioSamples.wav(16_000, 1.0, 0.5, 1.0));
        assertThat(clip.format()).isEqualTo(AudioFormat.WAV);
        assertThat(clip.seconds()).isCloseTo(2.5, within(0.001));
    }

    @Test
    void readsTheLengthOfABrowserWebmThatHasNoDurationAndClustersOfUnknownSize() {
        AudioClip clip = AudioClip.of(AudioSamples.webm(7.3));
        assertThat(clip.format()).isEqualTo(AudioFormat.WEBM);
        assertThat(clip.seconds()).isCloseTo(7.3, within(0.03));
    }

    @Test
    void readsTheLengthOfOggOpusLessItsPreSkip() {
        AudioClip clip = AudioClip.of(AudioSamples.oggOpus(12.5));
        assertThat(clip.format()).isEqualTo(AudioFormat.OGG);
        assertThat(clip.seconds()).isCloseTo(12.5, within(0.001));
    }

    @Test
    void readsTheLengthOfAnMp3FrameByFrameBehindItsId3Tag() {
        AudioClip clip = AudioClip.of(AudioSamples.mp3(100));
        assertThat(clip.format()).isEqualTo(AudioFormat.MP3);
        assertThat(clip.seconds()).isCloseTo(100 * 1152 / 44_100.0, within(0.001));
    }

    @Test
    void readsTheLengthOfAnMp4FromItsMovieHeaderOrFromItsFragments() {
        assertThat(AudioClip.of(AudioSamples.mp4(4.25)).seconds()).isCloseTo(4.25, within(0.001));
        AudioClip safari = AudioClip.of(AudioSamples.fragmentedMp4(470));
        assertThat(safari.format()).isEqualTo(AudioFormat.MP4);
        assertThat(safari.seconds()).isCloseTo(470 * 1024 / 48_000.0, within(0.001));
    }

    @Test
    void readsTheLengthOfAFlac() {
        assertThat(AudioClip.of(AudioSamples.flac(44_100, 441_000)).seconds()).isCloseTo(10.0, within(0.001));
    }

    @Test
    void refusesWhatIsNotAudioWhateverItClaims() {
        byte[] html = "<html><body>not audio</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AudioClip.of(html)).isInstanceOfSatisfying(VoiceException.class,
                e -> assertThat(e.reason()).isEqualTo(VoiceException.Reason.NOT_AUDIO));
        assertThatThrownBy(() -> AudioClip.of(new byte[0])).isInstanceOf(VoiceException.class);
    }

    @Test
    void refusesAContainerWithNoAudioInIt() {
        byte[] header = Arrays.copyOf(AudioSamples.webm(1), 40); // the EBML header and no block
        assertThatThrownBy(() -> AudioClip.of(header)).isInstanceOfSatisfying(VoiceException.class,
                e -> assertThat(e.reason()).isEqualTo(VoiceException.Reason.NOT_AUDIO));
    }

    @Test
    void refusesRecordingsOverFiveMinutes() {
        assertThat(AudioClip.of(AudioSamples.oggOpus(299)).seconds()).isLessThan(300);
        assertThatThrownBy(() -> AudioClip.of(AudioSamples.oggOpus(301)))
                .isInstanceOfSatisfying(VoiceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VoiceException.Reason.TOO_LONG);
                    assertThat(e.getMessage()).contains("301 s").contains("5 minutes");
                });
    }

    @Test
    void refusesUploadsOver25Megabytes() {
        byte[] big = new byte[(int) AudioClip.MAX_BYTES + 1];
        assertThatThrownBy(() -> AudioClip.of(big)).isInstanceOfSatisfying(VoiceException.class,
                e -> assertThat(e.reason()).isEqualTo(VoiceException.Reason.TOO_LARGE));
    }

    @Test
    void aTruncatedFileIsRefusedNotAServerError() {
        byte[] wav = AudioSamples.wav(16_000, 1.0);
        assertThatThrownBy(() -> AudioClip.of(Arrays.copyOf(wav, 30))).isInstanceOf(VoiceException.class);
        byte[] mp4 = AudioSamples.mp4(3);
        assertThat(AudioClip.of(Arrays.copyOf(mp4, mp4.length - 3)).format()).isEqualTo(AudioFormat.MP4);
    }
}
