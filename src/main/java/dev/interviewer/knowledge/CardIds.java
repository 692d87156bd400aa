package dev.interviewer.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** Derives stable card ids from a notes file path and a heading title. */
public final class CardIds {
    private CardIds() {
    }

    /** {@code rl/rlhf.md} + {@code "DPO"} gives {@code rl/rlhf/dpo}. */
    public static String of(String relativeFile, String title) {
        String stem = relativeFile.replace('\\', '/').replaceFirst("(?i)\\.(md|markdown)$", "");
        return stem + "/" + slug(title);
    }

    /** Lower case, NFKC, every run of characters that are not letters or digits becomes one dash. */
    public static String slug(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String slug = normalized.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
