package dev.interviewer.review;

/**
 * The four FSRS ratings, mapped from our 0-10 answer score. The cut-offs follow the grading bands: below 5 is a
 * weak, wrong, off-topic or empty answer, which FSRS treats as a lapse (Again); 5 to 7 is a partial answer given
 * with effort (Hard); 7 to 9 covers the key points (Good); 9 and above is a complete, confident answer (Easy).
 */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    public static final double HARD_FROM = 5.0;
    public static final double GOOD_FROM = 7.0;
    public static final double EASY_FROM = 9.0;

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The rating number G (1-4) used in the FSRS formulas. */
    public int grade() {
        return grade;
    }

    public static Rating fromGrade(int grade) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("rating must be 1-4: " + grade);
        }
        return values()[grade - 1];
    }

    public static Rating fromScore(double score) {
        if (!(score >= 0 && score <= 10)) {
            throw new IllegalArgumentException("score must be 0-10: " + score);
        }
        if (score >= EASY_FROM) {
            return EASY;
        }
        if (score >= GOOD_FROM) {
            return GOOD;
        }
        return score >= HARD_FROM ? HARD : AGAIN;
    }
}
