package dev.interviewer.llm;

import dev.interviewer.interview.phrasing.MessageListener;
import dev.interviewer.interview.phrasing.Prompt;
import java.util.ArrayList;
import java.util.List;

/** Records message events the way a browser shows them: tokens append, a reset clears. */
final class RecordingListener implements MessageListener {
    final List<String> events = new ArrayList<>();
    final StringBuilder visible = new StringBuilder();
    Prompt done;

    @Override
    public synchronized void token(String text) {
        events.add("token:" + text);
        visible.append(text);
    }

    @Override
    public synchronized void reset(String reason) {
        events.add("reset");
        visible.setLength(0);
    }

    @Override
    public synchronized void done(Prompt prompt) {
        events.add("done");
        done = prompt;
    }

    synchronized List<String> tokens() {
        return events.stream().filter(e -> e.startsWith("token:")).map(e -> e.substring(6)).toList();
    }
}
