package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems found in one notes file. */
final class ProblemLog {
    private final String file;
    private final List<NoteProblem> problems = new ArrayList<>();

    ProblemLog(String file) {
        this.file = file;
    }

    void add(int line, String message) {
        problems.add(new NoteProblem(file, line, message));
    }

    void warn(int line, String message) {
        problems.add(new NoteProblem(file, line, message, NoteProblem.Severity.WARNING));
    }

    List<NoteProblem> problems() {
        // In file order, whatever order the parser's passes found them in.
        return problems.stream().sorted(Comparator.comparingInt(NoteProblem::line)).toList();
    }
}
