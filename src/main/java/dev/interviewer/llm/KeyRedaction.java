package dev.interviewer.llm;

/**
 * Keeps the API key out of errors. Endpoints echo what they were sent ("Incorrect API key provided: sk-..."), and
 * client libraries put response bodies into exception messages, which end up in logs. An error whose message (or a
 * cause's) contains the key is replaced by one with the key masked and no cause chain to print.
 */
final class KeyRedaction {
    static final String MASK = "sk-…(redacted)";

    private final String key;

    KeyRedaction(String key) {
        this.key = key == null ? "" : key.strip();
    }

    /** The error unchanged when the key is not in it; otherwise a copy of its messages with the key masked. */
    Throwable clean(Throwable error) {
        if (key.length() < 4 || !mentionsKey(error)) {
            return error;
        }
        StringBuilder message = new StringBuilder(error.getClass().getSimpleName()).append(": ")
                .append(mask(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" (caused by ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(mask(cause.getMessage())).append(')');
        }
        return new LlmCallException(message.toString());
    }

    RuntimeException clean(RuntimeException error) {
        Throwable cleaned = clean((Throwable) error);
        return cleaned == error ? error : (RuntimeException) cleaned;
    }

    String mask(String text) {
        // No key (a local server) or a stub of one: nothing to mask, and replacing "" would mask every position.
        return text == null ? "" : key.length() < 4 ? text : text.replace(key, MASK);
    }

    private boolean mentionsKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(key)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed.getMessage() != null && suppressed.getMessage().contains(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A failed LLM call, described without the key. */
    static final class LlmCallException extends RuntimeException {
        LlmCallException(String message) {
            super(message, null, false, false);
        }
    }
}
