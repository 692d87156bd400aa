package dev.interviewer.retrieval;

import java.io.PrintStream;

/**
 * Progress on a console stream: on a terminal, a one-line bar redrawn in place ({@code \r}) when the percentage
 * moves; in a log (output redirected), a plain line at each quarter, since redraws would pile up on one line.
 */
public final class ConsoleProgressBar implements CardIndex.Listener {
    private static final int WIDTH = 30;
    private static final int LOG_STEP = 25;
    private final PrintStream out;
    private final String label;
    private final boolean terminal;
    private int lastPercent = -1;

    public ConsoleProgressBar(PrintStream out, String label, boolean terminal) {
        this.out = out;
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public void progress(int done, int total) {
        if (total == 0) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (terminal) {
            redraw(percent, done, total);
        } else if (percent / LOG_STEP > lastPercent / LOG_STEP || lastPercent < 0) {
            lastPercent = percent;
            out.printf("%s: %d%% (%d/%d)%n", label, percent, done, total);
            out.flush();
        }
    }

    private void redraw(int percent, int done, int total) {
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * done / total;
        out.printf("\r%s [%s%s] %3d%% %d/%d", label, "#".repeat(filled), "-".repeat(WIDTH - filled), percent,
                done, total);
        if (done == total) {
            out.println();
        }
        out.flush();
    }
}
