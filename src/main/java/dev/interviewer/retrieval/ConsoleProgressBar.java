package dev.interviewer.retrieval;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place ({@code \r}) on a console stream, only when the percentage moves. */
final class ConsoleProgressBar implements CardIndex.Listener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private int lastPercent = -1;

    ConsoleProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public void progress(int done, int total) {
        if (total == 0) {
            return;
        }
        int percent = (int) (100L * done / total);
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
