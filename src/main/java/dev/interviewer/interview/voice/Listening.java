package dev.interviewer.interview.voice;

import dev.interviewer.lang.Wording;
import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a recorded answer into text: checks the upload ({@link AudioClip#of}), keeps it only when the candidate
 * asked to keep recordings, and transcribes it. The audio is never logged; otherwise it lives as long as the call.
 */
public final class Listening {
    private static final Logger LOG = LoggerFactory.getLogger(Listening.class);

    private final Transcriber transcriber;
    private final Recordings recordings;
    private final Predicate<String> interviewExists;

    public Listening(Transcriber transcriber, Recordings recordings, Predicate<String> interviewExists) {
        this.transcriber = Objects.requireNonNull(transcriber, "transcriber");
        this.recordings = Objects.requireNonNull(recordings, "recordings");
        this.interviewExists = Objects.requireNonNull(interviewExists, "interviewExists");
    }

    /** Where a recording is to be kept: the interview and the turn it answers. */
    public record Keep(String interviewId, int turn) {
        public Keep {
            Objects.requireNonNull(interviewId, "interviewId");
            if (turn < 0) {
                throw new IllegalArgumentException("turn must be >= 0: " + turn);
            }
        }
    }

    /**
     * The words in the upload.
     *
     * @param language "zh", "en" or null (the endpoint guesses)
     * @param keep     where to keep the recording, or null to drop it once transcribed
     */
    public Transcription transcribe(byte[] upload, String language, Keep keep) {
        if (language != null && !Wording.supports(language)) {
            throw new IllegalArgumentException("language must be one of " + String.join(", ", Wording.languages())
                    + ": " + language);
        }
        AudioClip clip = AudioClip.of(upload);
        String kept = null;
        if (keep != null) {
            if (!interviewExists.test(keep.interviewId())) {
                throw new IllegalArgumentException("no interview with id " + keep.interviewId()
                        + " to keep the recording with");
            }
            // Kept before transcribing: a recording the candidate wants survives a failing speech endpoint.
            kept = recordings.keep(keep.interviewId(), keep.turn(), clip);
        }
        String text = transcriber.transcribe(clip, language);
        LOG.debug("transcribed {} into {} characters", clip, text.length());
        return new Transcription(text, clip.roundedSeconds(), transcriber.engine(), kept);
    }

    public String engine() {
        return transcriber.engine();
    }
}
