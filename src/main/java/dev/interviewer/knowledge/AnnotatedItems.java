package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns raw annotation items into key points, follow-ups, pitfalls, a level, tags and sources. */
final class AnnotatedItems {
    private static final Pattern ARROW = Pattern.compile("\\s*(?:=>|⇒)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final ProblemLog problems;

    AnnotatedItems(ProblemLog problems) {
        this.problems = problems;
    }

    List<KeyPoint> keyPoints(List<Item> items) {
        List<KeyPoint> points = new ArrayList<>();
        for (Item item : items) {
            ItemSyntax syntax = ItemSyntax.parse(item.text());
            String text = InlineMarkdown.plain(syntax.text());
            if (text.isEmpty()) {
                problems.add(item.line(), "key point has no text");
                continue;
            }
            points.add(new KeyPoint(points.size() + 1, text, InlineMarkdown.plain(syntax.english()),
                    weight(syntax, item.line())));
        }
        return points;
    }

    private double weight(ItemSyntax syntax, int line) {
        if (!syntax.marker().equals("w")) {
            if (!syntax.marker().isEmpty()) {
                problems.add(line, "key points take [w=N], not [" + syntax.marker() + "=...]");
            }
            return 1;
        }
        if (!NUMBER.matcher(syntax.value()).matches()) {
            problems.add(line, "weight must be a number from 1 to 3: [w=" + syntax.value() + "]");
            return 1;
        }
        double w = Double.parseDouble(syntax.value());
        if (w < 1 || w > 3) {
            problems.add(line, "weight must be from 1 to 3: [w=" + syntax.value() + "]");
            return Math.max(1, Math.min(3, w));
        }
        return w;
    }

    List<FollowUp> followUps(List<Item> items, int keyPointCount) {
        List<FollowUp> followUps = new ArrayList<>();
        for (Item item : items) {
            ItemSyntax syntax = ItemSyntax.parse(item.text());
            String text = InlineMarkdown.plain(syntax.text());
            if (!text.isEmpty()) {
                followUps.add(new FollowUp(text, InlineMarkdown.plain(syntax.english()),
                        target(syntax, keyPointCount, item.line())));
            }
        }
        return followUps;
    }

    private int target(ItemSyntax syntax, int keyPointCount, int line) {
        if (!syntax.marker().equals("kp")) {
            return 0;
        }
        int kp = syntax.value().matches("\\d+") ? Integer.parseInt(syntax.value()) : -1;
        if (kp < 1 || kp > keyPointCount) {
            problems.add(line, "follow-up aims at key point [kp=" + syntax.value() + "] but the card has "
                    + keyPointCount + " key points");
            return 0;
        }
        return kp;
    }

    List<Pitfall> pitfalls(List<Item> items) {
        List<Pitfall> pitfalls = new ArrayList<>();
        for (Item item : items) {
            ItemSyntax syntax = ItemSyntax.parse(item.text());
            String[] parts = ARROW.split(syntax.text(), 2);
            String claim = InlineMarkdown.plain(parts[0]);
            if (claim.isEmpty()) {
                problems.add(item.line(), "pitfall has no claim");
                continue;
            }
            String correction = parts.length > 1 ? InlineMarkdown.plain(parts[1]) : "";
            pitfalls.add(new Pitfall(claim, correction, InlineMarkdown.plain(syntax.english())));
        }
        return pitfalls;
    }

    /** The level written in the notes, or {@code fallback} when none (or a bad one) is given. */
    int level(Item item, int fallback) {
        if (item == null) {
            return fallback;
        }
        Matcher m = Pattern.compile("^\\s*([1-3])(?!\\d)").matcher(InlineMarkdown.plain(item.text()));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        problems.add(item.line(), "level must be 1, 2 or 3: " + item.text());
        return fallback;
    }

    static List<String> tags(List<String> defaults, List<Item> items) {
        Set<String> tags = new LinkedHashSet<>(defaults);
        for (Item item : items) {
            for (String tag : InlineMarkdown.plain(item.text()).split("[,\uFF0C\u3001;\uFF1B]")) {
                String clean = tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
                if (!clean.isEmpty()) {
                    tags.add(clean);
                }
            }
        }
        return List.copyOf(tags);
    }

    static List<String> sources(List<String> urls, List<Item> items) {
        Set<String> sources = new LinkedHashSet<>(urls);
        for (Item item : items) {
            String source = InlineMarkdown.withLinkTargets(item.text());
            if (!source.isEmpty()) {
                sources.add(source);
            }
        }
        return List.copyOf(sources);
    }
}
