package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Derives key points from plain notes: the claims of the reference (list items, else sentences, the prose inside
 * ```text blocks, formulas, table rows), without framing and meta sentences, near-duplicates merged, and at most
 * {@link #MAX_POINTS} of the most informative kept in their original order; the most central weigh double and are
 * the ones search indexes.
 */
final class KeyPointDeriver {
    static final int MAX_POINTS = 7;
    private static final int MIN_POINTS = 3;
    // Of a section with up to this many claims, every claim is a key point.
    static final int ALL_KEPT = 5;
    // Of many claims, about this share are key points: "the 3-7 most informative, not every sentence".
    private static final double KEPT_SHARE = 0.6;
    private static final double DUPLICATE = 0.6;

    private final SourceText source;
    private final ProseClaims claims;

    KeyPointDeriver(SourceText source) {
        this.source = source;
        this.claims = new ProseClaims(source);
    }

    /**
     * @param subject the card's title and the heading above it: a claim about the subject is central, a story
     *                told to illustrate it (however long, however much its sentences repeat each other) is not
     */
    List<KeyPoint> derive(String subject, String lead, List<Node> referenceBlocks) {
        List<String> items = claims.cleanedItems(listItems(referenceBlocks));
        List<String> itemStatements = statements(items);
        List<String> prose = itemStatements.size() < MIN_POINTS ? prose(lead, referenceBlocks) : List.of();
        List<String> statements = new ArrayList<>(itemStatements);
        if (itemStatements.size() < MIN_POINTS) {
            statements.addAll(statements(prose));
        }
        List<String> texts = statements;
        if (statements.size() < MIN_POINTS) {
            // Mostly questions: the list may be the answer ("what would you ask the interviewer?"), as written.
            texts = new ArrayList<>(items);
            if (items.size() < MIN_POINTS) {
                texts.addAll(prose);
            }
        }
        return select(distinct(texts), ClaimTerms.of(subject));
    }

    private List<String> prose(String lead, List<Node> referenceBlocks) {
        List<Node> notLists = referenceBlocks.stream().filter(b -> !(b instanceof ListBlock)).toList();
        return claims.cleaned(claims.of(lead, notLists));
    }

    /**
     * A question is not a claim an answer could cover: notes kept as interview logs list the questions asked
     * ("How did you choose r for LoRA?"), and a list item may be a sub-question whose answer lies below it. Used when
     * at least {@link #MIN_POINTS} statements remain.
     */
    private static List<String> statements(List<String> texts) {
        return texts.stream().filter(t -> !isQuestion(t)).toList();
    }

    static boolean isQuestion(String text) {
        return text.endsWith("?") || text.endsWith("\uFF1F");
    }

    private static List<String> distinct(List<String> texts) {
        List<String> kept = new ArrayList<>();
        List<ClaimTerms> terms = new ArrayList<>();
        for (String text : texts) {
            ClaimTerms t = ClaimTerms.of(text);
            int twin = IntStream.range(0, kept.size()).filter(i -> terms.get(i).jaccard(t) >= DUPLICATE)
                    .findFirst().orElse(-1);
            if (twin < 0) {
                kept.add(text);
                terms.add(t);
            } else if (text.length() > kept.get(twin).length()) {
                kept.set(twin, text);
                terms.set(twin, t);
            }
        }
        return kept;
    }

    /**
     * Every claim of a short section (up to {@link #ALL_KEPT}): a note of four sentences says nothing incidental, and
     * the one a ranking would drop is often the mechanism, which need not repeat the title's words. Of a longer
     * section, the most informative {@link #KEPT_SHARE}, at least {@code ALL_KEPT}, at most {@link #MAX_POINTS}. The
     * points the stricter rule of at least {@link #MIN_POINTS} picks are central: those are what search indexes.
     */
    private static List<KeyPoint> select(List<String> texts, ClaimTerms subject) {
        int keep = kept(texts.size(), ALL_KEPT);
        int central = kept(texts.size(), MIN_POINTS);
        List<ClaimTerms> terms = texts.stream().map(ClaimTerms::of).toList();
        double[] scores = IntStream.range(0, texts.size()).mapToDouble(i -> score(i, terms, subject)).toArray();
        List<Integer> ranked = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i])).limit(keep).toList();
        List<Integer> best = ranked.stream().sorted().toList();
        double heavy = best.stream().mapToDouble(i -> scores[i]).sorted()
                .skip(Math.max(0, best.size() - best.size() / 3)).findFirst().orElse(Double.MAX_VALUE);
        List<KeyPoint> points = new ArrayList<>();
        for (int i : best) {
            double weight = best.size() > MIN_POINTS && scores[i] >= heavy ? 2 : 1;
            points.add(new KeyPoint(points.size() + 1, texts.get(i), "", weight, ranked.indexOf(i) < central));
        }
        return points;
    }

    private static int kept(int claims, int allKeptUpTo) {
        return claims <= allKeptUpTo ? claims
                : Math.max(allKeptUpTo, Math.min(MAX_POINTS, (int) Math.round(claims * KEPT_SHARE)));
    }

    /**
     * Informative (many distinct terms), about the subject (shares its words), central (its terms recur in the
     * other claims of the section) and early (sections tend to open with the definition).
     */
    private static double score(int i, List<ClaimTerms> terms, ClaimTerms subject) {
        ClaimTerms own = terms.get(i);
        double shared = IntStream.range(0, terms.size()).filter(j -> j != i)
                .mapToDouble(j -> own.overlap(terms.get(j))).sum();
        double centrality = terms.size() <= 1 ? 0 : Math.min(1, shared / (terms.size() - 1) * 3);
        double about = subject.size() == 0 ? 0 : subject.overlap(own);
        double early = 0.3 * (1 - (double) i / terms.size());
        return Math.log1p(Math.min(own.size(), 30)) * (0.4 + 0.4 * centrality + 0.8 * about + early);
    }

    private List<String> listItems(List<Node> blocks) {
        List<Node> items = blocks.stream().filter(ListBlock.class::isInstance).flatMap(KeyPointDeriver::children)
                .toList();
        // A single item holding a nested list (a link or a heading-like line above the real points): use the nested.
        if (items.size() == 1) {
            List<Node> nested = children(items.get(0)).filter(ListBlock.class::isInstance)
                    .flatMap(KeyPointDeriver::children).toList();
            items = nested.isEmpty() ? items : nested;
        }
        return items.stream().filter(ListItem.class::isInstance).map(this::itemText).filter(t -> !t.isEmpty())
                .toList();
    }

    private String itemText(Node item) {
        Node first = item.getFirstChild();
        return first instanceof Paragraph && !isOnlyImage(first) ? claims.paragraph(first) : "";
    }

    static boolean isOnlyImage(Node paragraph) {
        return paragraph.getFirstChild() instanceof Image && paragraph.getFirstChild() == paragraph.getLastChild();
    }

    static Stream<Node> children(Node parent) {
        return Stream.iterate(parent.getFirstChild(), n -> n != null, Node::getNext);
    }
}
