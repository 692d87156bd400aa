package dev.interviewer.interview.phrasing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An interviewer message being phrased, for any number of listeners that may join late: a listener first gets
 * every event so far, then the live ones, in order. When the previous answer's model grade is still coming, the
 * message carries it too ({@link #grade}), before or after the text; it ends once both are in. Thread-safe.
 */
public final class LiveMessage implements MessageListener {
    private final int turn;
    private final MessageKind kind;
    private final List<Consumer<MessageListener>> events = new ArrayList<>();
    private final List<MessageListener> listeners = new ArrayList<>();
    private final CompletableFuture<Prompt> result = new CompletableFuture<>();
    private boolean gradeDue;
    private boolean ended;

    public LiveMessage(int turn, MessageKind kind) {
        this(turn, kind, false);
    }

    /**
     * @param gradeToFollow true when the previous answer's model grade will arrive on this message: it then ends
     *                      only after {@link #grade} (or {@link #gradeLost})
     */
    public LiveMessage(int turn, MessageKind kind, boolean gradeToFollow) {
        this.turn = turn;
        this.kind = kind;
        this.gradeDue = gradeToFollow;
    }

    /** An already finished message (offline, or phrased before this process started). */
    public static LiveMessage done(int turn, MessageKind kind, Prompt prompt) {
        LiveMessage message = new LiveMessage(turn, kind);
        message.token(prompt.text());
        message.done(prompt);
        return message;
    }

    public int turn() {
        return turn;
    }

    public MessageKind kind() {
        return kind;
    }

    /** Whether a grade is still to come on this message. */
    public synchronized boolean gradeDue() {
        return gradeDue;
    }

    /** Replays what happened so far to the listener, then keeps it informed. */
    public synchronized void subscribe(MessageListener listener) {
        events.forEach(e -> e.accept(listener));
        if (!ended) {
            listeners.add(listener);
        }
    }

    public synchronized void unsubscribe(MessageListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void token(String token) {
        if (result.isDone() || token == null || token.isEmpty()) {
            return;
        }
        publish(l -> l.token(token));
    }

    @Override
    public synchronized void reset(String reason) {
        if (result.isDone()) {
            return;
        }
        publish(l -> l.reset(reason));
    }

    @Override
    public void done(Prompt prompt) {
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            publish(l -> l.done(prompt));
            if (!gradeDue) {
                close();
            }
        }
        // Completed outside the lock: whoever waits on the result (saving it) may take other locks.
        result.complete(prompt);
    }

    /** The previous answer's final grade; ignored unless one was due. */
    @Override
    public synchronized void grade(GradeUpdate update) {
        if (!gradeDue) {
            return;
        }
        gradeDue = false;
        publish(l -> l.grade(update));
        if (result.isDone()) {
            close();
        }
    }

    /** The grade that was due will not come (it could not be stored): the message ends with its text. */
    public synchronized void gradeLost() {
        gradeDue = false;
        if (result.isDone() && !ended) {
            close();
        }
    }

    /** Called by the message itself when nothing more will come; listeners only receive it. */
    @Override
    public void end() {
        // The message decides when it ends.
    }

    public boolean finished() {
        return result.isDone();
    }

    /** The finished prompt, or empty while it is still being phrased. */
    public Optional<Prompt> prompt() {
        return Optional.ofNullable(result.getNow(null));
    }

    /** Runs once the message is finished (at once if it already is). */
    public void whenDone(Consumer<Prompt> action) {
        result.thenAccept(action);
    }

    /** Waits for the finished message. */
    public Prompt await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("message failed", e.getCause());
        }
    }

    private void close() {
        ended = true;
        publish(MessageListener::end);
        listeners.clear();
    }

    private void publish(Consumer<MessageListener> event) {
        events.add(event);
        for (MessageListener listener : List.copyOf(listeners)) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                // A listener that fails (a closed connection) stops listening; the message goes on.
                listeners.remove(listener);
            }
        }
    }
}
