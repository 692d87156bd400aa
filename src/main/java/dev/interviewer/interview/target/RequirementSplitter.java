package dev.interviewer.interview.target;

import dev.interviewer.knowledge.Glossary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a pasted job description or résumé (Chinese or English, bullets or prose) into requirements, one skill or
 * topic each, offline and in a few milliseconds. Sections are found by their headings (benefits, the company and the
 * place are dropped; "nice to have" weighs less), lines are cut into sentences and listed skills into one
 * requirement each, leads and tails ("Strong experience with", "is a plus") are trimmed, and boilerplate (pay,
 * degrees, contact details, soft skills that name no technology) is dropped. A requirement weighs more when its
 * section requires it, when its words stress it ("deep", "must") and when the text names its technology again.
 */
public final class RequirementSplitter {
    /** At most this many requirements are kept (the most stressed): each one is a search. */
    public static final int MAX_REQUIREMENTS = 40;

    private static final Pattern YEARS = Pattern.compile(
            "^\\s*(?:at least\\s+|over\\s+|\u81f3\u5c11\\s*)?\\d+\\s*\\+?\\s*(?:years?|yrs?|\u5e74)(?:['\u2019]s?)?"
                    + "(?:\\s*\u4ee5\u4e0a)?(?:\\s+of)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<\\s*(br|/p|/li|/div|li|/h\\d)\\b[^>]*>");
    // "2021 - 2023", "2022.03 - present": the header of a job or a school in a resume.
    private static final Pattern DATE_RANGE = Pattern.compile(
            "(19|20)\\d{2}(?:[./\u5e74]\\d{1,2})?\\s*[-\u2013\u2014~\u81f3\u5230]\\s*"
                    + "(?:(19|20)\\d{2}|present|now|today|current|\u81f3\u4eca|\u4eca)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final double STRESS = 0.25;
    private static final double REPEAT = 0.1;
    private static final int MAX_REPEATS = 3;

    private final TargetWords words = TargetWords.ALL;
    private final Signals signals;

    public RequirementSplitter(Glossary glossary) {
        this.signals = new Signals(glossary);
    }

    /** The requirements of the text, in the order it states them; empty when it states none. */
    public List<Requirement> split(String text) {
        List<Candidate> candidates = candidates(normalized(text));
        Map<String, Candidate> unique = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            unique.merge(key(c.text()), c, Candidate::repeated);
        }
        List<Candidate> kept = strongest(new ArrayList<>(unique.values()));
        weighRepeats(kept, candidates);
        double top = kept.stream().mapToDouble(Candidate::raw).max().orElse(1);
        return kept.stream().map(c -> new Requirement(c.text(), c.text(), weight(c.raw() / top),
                signals.names(c.text()))).toList();
    }

    private List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Section section = Section.OTHER;
        List<Line> lines = Line.read(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (i == 0 && lines.size() > 1 && Line.title(lines.get(0))) {
                continue;
            }
            Optional<Section.Heading> heading = Section.heading(line, lines.get(i).markdownHeading());
            if (heading.isPresent()) {
                section = heading.get().section();
                line = heading.get().rest();
            }
            if (section != Section.DROPPED && !line.isEmpty()) {
                addLine(line, section, out);
            }
        }
        return out;
    }

    private void addLine(String line, Section section, List<Candidate> out) {
        if (boilerplate(line)) {
            return;
        }
        for (String sentence : Clauses.sentences(line)) {
            boolean sentenceSoft = soft(sentence);
            for (String item : Clauses.items(sentence, words)) {
                String cleaned = Phrases.stripTrails(Phrases.stripLeads(withoutYears(item), words.leads),
                        words.trails);
                if (meaningful(cleaned) && !boilerplate(item) && !(sentenceSoft && !signals.technical(item))) {
                    out.add(new Candidate(cleaned, section.weight() * stress(item), signals.of(cleaned)));
                }
            }
        }
    }

    // "3+ years of", "at least 5 years' experience with", "3 \u5e74\u4ee5\u4e0a": how long, not what.
    private static String withoutYears(String item) {
        return YEARS.matcher(item).replaceFirst("");
    }

    private boolean boilerplate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Phrases.containsAny(lower, words.boilerplate) || DATE_RANGE.matcher(text).find()
                || EMAIL.matcher(text).find();
    }

    private boolean soft(String text) {
        return Phrases.containsAny(text.toLowerCase(Locale.ROOT), words.soft);
    }

    // "Deep knowledge of" stresses it, "a plus" softens it; each counts once.
    private double stress(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        int strong = Math.min(1, Phrases.countOf(lower, words.strong));
        int weak = Math.min(1, Phrases.countOf(lower, words.weak));
        return 1 + STRESS * strong - STRESS * weak;
    }

    // A technology named again elsewhere in the text matters more to it.
    private static void weighRepeats(List<Candidate> kept, List<Candidate> all) {
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            long others = all.stream().filter(o -> o != c && !key(o.text()).equals(key(c.text())))
                    .filter(o -> o.signals().stream().anyMatch(c.signals()::contains)).count();
            kept.set(i, c.plus(REPEAT * Math.min(MAX_REPEATS, others)));
        }
    }

    private static List<Candidate> strongest(List<Candidate> candidates) {
        if (candidates.size() <= MAX_REQUIREMENTS) {
            return candidates;
        }
        List<Candidate> byWeight = new ArrayList<>(candidates);
        byWeight.sort(Comparator.comparingDouble(Candidate::raw).reversed());
        Set<Candidate> top = Set.copyOf(byWeight.subList(0, MAX_REQUIREMENTS));
        return new ArrayList<>(candidates.stream().filter(top::contains).toList());
    }

    // At least two letters or Chinese characters: "C" or "2." alone is no requirement.
    private static boolean meaningful(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static double weight(double share) {
        return Math.max(0.05, Math.round(share * 100) / 100.0);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "");
    }

    /** Plain text: HTML tags of a copied page removed (block ends as line breaks), spaces normalised. */
    static String normalized(String text) {
        String plain = TAG.matcher(BLOCK_END.matcher(text).replaceAll("\n")).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        return plain.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').replace('\u00a0', ' ')
                .replace('\u3000', ' ');
    }

    /** One requirement as found, before the weights are scaled to the strongest. */
    private record Candidate(String text, double raw, Set<String> signals) {
        Candidate repeated(Candidate again) {
            return new Candidate(text, Math.max(raw, again.raw) + REPEAT, signals);
        }

        Candidate plus(double more) {
            return new Candidate(text, raw + more, signals);
        }
    }
}
