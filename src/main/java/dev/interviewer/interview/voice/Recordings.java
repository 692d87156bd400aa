package dev.interviewer.interview.voice;

import java.util.List;
import java.util.Optional;

/**
 * Recordings a candidate chose to keep ("keep recordings"), stored next to their interview and deleted with it.
 * Nothing is kept unless asked for.
 */
public interface Recordings {
    /** Keeps a recorded answer to a turn of an interview; returns the recording's name. */
    String keep(String interviewId, int turn, AudioClip clip);

    /** The kept recordings of an interview, oldest first. */
    List<Recording> list(String interviewId);

    /** One kept recording's bytes, or empty for an unknown name. */
    Optional<byte[]> read(String interviewId, String name);

    /** Deletes every recording of the interview; nothing happens when it has none. */
    void deleteAll(String interviewId);

    /** A kept recording: its name (unique within its interview), the turn it answered and its format. */
    record Recording(String name, int turn, AudioFormat format, long bytes) {
    }

    /** Keeps nothing: for tests and for apps without a data folder. */
    Recordings NONE = new Recordings() {
        @Override
        public String keep(String interviewId, int turn, AudioClip clip) {
            throw new UnsupportedOperationException("this app keeps no recordings");
        }

        @Override
        public List<Recording> list(String interviewId) {
            return List.of();
        }

        @Override
        public Optional<byte[]> read(String interviewId, String name) {
            return Optional.empty();
        }

        @Override
        public void deleteAll(String interviewId) {
            // nothing kept, nothing to delete
        }
    };
}
