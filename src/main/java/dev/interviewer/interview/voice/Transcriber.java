package dev.interviewer.interview.voice;

/** Speech to text through some engine (an OpenAI-compatible endpoint in the app, a fake in tests). */
public interface Transcriber {
    /**
     * The words spoken in the clip.
     *
     * @param language "zh" or "en", the language the candidate speaks; null to let the engine guess
     * @throws VoiceException when the engine fails, times out or hears nothing
     */
    String transcribe(AudioClip clip, String language);

    /** The name the API reports as the engine (the model's name). */
    String engine();
}
