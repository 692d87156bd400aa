package dev.interviewer.interview.voice;

/** Text to speech on the server, for people who run a TTS server; the page otherwise uses the browser's voices. */
public interface Speaker {
    /**
     * The text spoken aloud.
     *
     * @throws VoiceException when the endpoint fails or times out
     */
    SpokenAudio speak(String text);

    /** Audio bytes and their MIME type. */
    record SpokenAudio(byte[] bytes, String mimeType) {
    }
}
