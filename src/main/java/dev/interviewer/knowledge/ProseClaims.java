package dev.interviewer.knowledge;

import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The candidate claims of a reference for key points, and the cleaning that turns them into readable points: no
 * pictures, entities, raw HTML, link-only lines, emoji, lead-ins ("Below is the formula:") or meta remarks ("In
 * short"), in any language (the word lists and patterns under {@code lang/<code>/}). Chinese prose ends sentences
 * with full-width marks and numbers items with full-width brackets, colons and the enumeration comma (U+3002,
 * U+FF01, U+FF1F, U+FF08, U+FF09, U+FF1A, U+FF0C, U+3001).
 */
final class ProseClaims {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\u3002\uFF01\uFF1F!?])\\s*|(?<=\\.)\\s+(?=\\S)");
    private static final Pattern ENTITY = Pattern.compile("&(?:#x[0-9a-fA-F]{1,6}|#\\d{1,7}|[a-zA-Z]{2,8});");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>\\n]{0,300}>");
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://\\S+");
    // "- ", "1.", "2)", "(3)" and numerals (lang/<code>/words/numerals.txt) in front of an item.
    private static final Pattern NUMBERING = Pattern.compile("^(?:[-*+•·]\\s*"
            + "|\\(?\\d{1,3}[.\u3001)\uFF09:\uFF1A]\\s*(?!\\d)|[(\uFF08]\\d{1,3}[)\uFF09]\\s*"
            + "|" + WordPatterns.anyOf(Wording.wordsOfEveryLanguage("numerals")) + "{1,3}[\u3001.]\\s*)");
    // Meta remarks ("In short, ...") and lead-ins up to their colon.
    private static final Pattern DISCOURSE = Pattern.compile("^" + WordPatterns.anyOf(
            Wording.wordsOfEveryLanguage("discourse-markers")) + "[,\uFF0C:\uFF1A]?\\s*|"
            + WordPatterns.anyPattern(Wording.patternsOfEveryLanguage("lead-ins")), Pattern.CASE_INSENSITIVE);
    // "The formula is as follows:", "as shown in the figure below": they point at a claim, they are not one.
    private static final Pattern FRAMING =
            Pattern.compile(WordPatterns.anyOf(Wording.wordsOfEveryLanguage("framing")), Pattern.CASE_INSENSITIVE);
    // "See also RoPE.", "see the appendix": they send the reader elsewhere, they claim nothing.
    private static final Pattern CROSS_REFERENCE = Pattern.compile("^" + WordPatterns.anyOf(
            Wording.wordsOfEveryLanguage("cross-references")) + "(?:(?<=[a-z])(?![a-z])|(?<![a-z]))",
            Pattern.CASE_INSENSITIVE);
    // "Its major limitations include" above a list: it introduces the claims, it is not one.
    private static final Pattern DANGLING_END = Pattern.compile("(?<![a-z])" + WordPatterns.anyOf(
            Wording.wordsOfEveryLanguage("dangling-ends")) + "\\s*[:\uFF1A\\-\u2014]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int SHORT_LEAD_IN = 30;
    private static final int MIN_LETTERS = 6;
    private static final int MIN_ITEM_LETTERS = 2;
    private static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]]\\s+");
    private static final List<String> PROSE_FENCES = List.of("", "text", "txt", "plain", "markdown", "md");

    private final SourceText source;

    ProseClaims(SourceText source) {
        this.source = source;
    }

    /** A paragraph's text with inline Markdown removed. */
    String paragraph(Node paragraph) {
        return InlineMarkdown.plain(String.join(" ", source.lines(paragraph).stream()
                .map(SourceText.Line::text).toList()));
    }

    /** Raw candidate claims: sentences of the lead and paragraphs, prose fences, formulas and table rows. */
    List<String> of(String lead, List<Node> blocks) {
        List<String> out = new ArrayList<>(sentences(InlineMarkdown.plain(ReferenceText.withoutAnswerPrefix(lead))));
        for (Node block : blocks) {
            out.addAll(claims(block));
        }
        return out;
    }

    private List<String> claims(Node block) {
        if (block instanceof Paragraph && !KeyPointDeriver.isOnlyImage(block)) {
            String raw = String.join("\n", source.lines(block).stream().map(SourceText.Line::text).toList()).strip();
            if (raw.startsWith("$$") || raw.startsWith("\\[")) {
                return List.of(raw.replaceAll("\\s+", " "));
            }
            return sentences(ReferenceText.withoutAnswerPrefix(paragraph(block)));
        }
        if (block instanceof FencedCodeBlock fence && isProse(fence)) {
            return fence.getLiteral().lines().flatMap(l -> sentences(InlineMarkdown.plain(l)).stream()).toList();
        }
        if (block instanceof TableBlock table) {
            return rows(table);
        }
        if (block instanceof BlockQuote quote) {
            return KeyPointDeriver.children(quote).flatMap(b -> claims(b).stream()).toList();
        }
        return List.of();
    }

    private static List<String> sentences(String text) {
        return Stream.of(SENTENCE_END.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A ```text block of Chinese or English sentences (a common way to write answers), not a program. */
    static boolean isProse(FencedCodeBlock fence) {
        String info = fence.getInfo() == null ? "" : fence.getInfo().strip().toLowerCase(Locale.ROOT);
        if (!PROSE_FENCES.contains(info.split("\\s+")[0])) {
            return false;
        }
        List<String> lines = fence.getLiteral().lines().filter(l -> !l.isBlank()).toList();
        long prose = lines.stream().filter(ProseClaims::readsAsProse).count();
        return !lines.isEmpty() && prose * 2 >= lines.size();
    }

    private static boolean readsAsProse(String line) {
        if (line.codePoints().anyMatch(Character::isIdeographic)) {
            return true;
        }
        String s = line.strip();
        return s.matches("[^(){};=<>\\[\\]]*[.?!]") && s.split("\\s+").length >= 4;
    }

    /** "Task: Transformer seq2seq; T5 text-to-text" (header cells before the values): a row read against the header. */
    private List<String> rows(TableBlock table) {
        List<String> header = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        KeyPointDeriver.children(table).forEach(section -> KeyPointDeriver.children(section).forEach(row -> {
            List<String> cells = KeyPointDeriver.children(row).filter(TableCell.class::isInstance)
                    .map(c -> cellText(c)).toList();
            if (section instanceof TableHead) {
                header.addAll(cells);
            } else if (section instanceof TableBody && row instanceof TableRow && !cells.isEmpty()) {
                rows.add(row(header, cells));
            }
        }));
        return rows;
    }

    private String cellText(Node cell) {
        return cell.getFirstChild() == null ? "" : InlineMarkdown.plain(source.raw(cell.getFirstChild(),
                cell.getLastChild()));
    }

    private static String row(List<String> header, List<String> cells) {
        StringBuilder s = new StringBuilder(cells.get(0)).append("\uFF1A");
        for (int i = 1; i < cells.size(); i++) {
            String name = i < header.size() ? header.get(i) + " " : "";
            s.append(i > 1 ? "\uFF1B" : "").append(name).append(cells.get(i));
        }
        return s.toString();
    }

    /** Readable points only: cleaned of markup and lead-ins, without framing, links alone or fragments. */
    List<String> cleaned(List<String> raw) {
        return cleaned(raw, MIN_LETTERS);
    }

    /** As {@link #cleaned(List)}; list items may be short ("SGD", "Adam"): the author made each one a point. */
    List<String> cleanedItems(List<String> raw) {
        return cleaned(raw, MIN_ITEM_LETTERS);
    }

    private List<String> cleaned(List<String> raw, int minLetters) {
        List<String> out = new ArrayList<>();
        for (String text : raw) {
            String s = clean(text);
            if (!s.isEmpty() && !isFraming(s) && !pointsElsewhere(s) && letters(s) >= minLetters) {
                out.add(s);
            }
        }
        return out;
    }

    static String clean(String text) {
        if (text.startsWith("$$") || text.startsWith("\\[")) {
            return text.strip();
        }
        String s = ENTITY.matcher(text).replaceAll(m -> entity(m.group()));
        s = HTML_TAG.matcher(s).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ");
        s = s.codePoints().filter(cp -> Character.getType(cp) != Character.OTHER_SYMBOL && cp != 0xFE0F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        s = s.replaceAll("\\s+", " ").strip();
        s = NUMBERING.matcher(s).replaceFirst("");
        s = TASK_BOX.matcher(s).replaceFirst("");
        s = DISCOURSE.matcher(s).replaceFirst("");
        return s.strip();
    }

    /** A sentence that sends the reader elsewhere, or introduces what follows and breaks off. */
    private static boolean pointsElsewhere(String s) {
        return CROSS_REFERENCE.matcher(s).find() || DANGLING_END.matcher(s).find();
    }

    private static boolean isFraming(String s) {
        boolean leadIn = s.endsWith(":") || s.endsWith("\uFF1A");
        return leadIn && (s.length() <= SHORT_LEAD_IN || FRAMING.matcher(s).find())
                || FRAMING.matcher(s).find() && s.length() <= SHORT_LEAD_IN && !s.contains("=");
    }

    private static long letters(String s) {
        return s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static String entity(String entity) {
        String name = entity.substring(1, entity.length() - 1);
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return " ";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> " ";
        };
    }
}
