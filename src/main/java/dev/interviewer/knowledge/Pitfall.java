package dev.interviewer.knowledge;

import java.util.Objects;

/** A wrong claim people make about a card's topic, with why it is wrong. */
public record Pitfall(String claim, String correction, String english) {
    public Pitfall {
        Objects.requireNonNull(claim, "claim");
        correction = correction == null ? "" : correction;
        english = english == null ? "" : english;
    }
}
