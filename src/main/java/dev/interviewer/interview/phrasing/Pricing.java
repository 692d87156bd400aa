package dev.interviewer.interview.phrasing;

/**
 * What the model's tokens cost, per million prompt (input) and completion (output) tokens, as the user gave it
 * ({@code --price-in}, {@code --price-out}). Unset prices give no estimate rather than a wrong one.
 */
public record Pricing(Double inputPerMillion, Double outputPerMillion) {
    public static final Pricing NONE = new Pricing(null, null);

    public Pricing {
        check("input", inputPerMillion);
        check("output", outputPerMillion);
    }

    /** Both prices known. */
    public boolean known() {
        return inputPerMillion != null && outputPerMillion != null;
    }

    /** The estimated cost of this many tokens, or null when the prices are not both set. */
    public Double cost(long inputTokens, long outputTokens) {
        if (!known()) {
            return null;
        }
        double cost = (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000;
        // Six decimals: a turn costs fractions of a cent.
        return Math.round(cost * 1_000_000) / 1_000_000.0;
    }

    /** The estimated cost of these tokens, or null when the prices are not both set. */
    public Double cost(TokenUsage usage) {
        return cost(usage.input(), usage.output());
    }

    private static void check(String which, Double price) {
        if (price != null && !(price >= 0 && price < 10_000)) {
            throw new IllegalArgumentException(which + " price per million tokens must be 0-10000: " + price);
        }
    }
}
