package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;

/** Reads an HTML table's rows of cells (each cell's content as one line of Markdown) and writes a GFM table. */
final class TableReader {
    private final HtmlToMarkdown html;

    TableReader(HtmlToMarkdown html) {
        this.html = html;
    }

    List<List<String>> rows(HtmlNode.Element table) {
        List<List<String>> rows = new ArrayList<>();
        collect(table, rows);
        return rows;
    }

    private void collect(HtmlNode.Element element, List<List<String>> rows) {
        for (HtmlNode child : element.children()) {
            if (child instanceof HtmlNode.Element e) {
                switch (e.name()) {
                    case "tr" -> rows.add(cells(e));
                    case "thead", "tbody", "tfoot" -> collect(e, rows);
                    default -> {
                        // captions, stray text and nested tables outside a row are not part of the grid
                    }
                }
            }
        }
    }

    private List<String> cells(HtmlNode.Element row) {
        List<String> cells = new ArrayList<>();
        for (HtmlNode child : row.children()) {
            if (child instanceof HtmlNode.Element e && (e.name().equals("td") || e.name().equals("th"))) {
                cells.add(SafeMarkdown.oneLine(html.render(e)).replace("|", "\\|"));
            }
        }
        return cells;
    }

    static String markdown(List<List<String>> rows, int columns) {
        List<String> lines = new ArrayList<>();
        lines.add(line(rows.get(0), columns));
        lines.add("|" + "---|".repeat(columns));
        rows.stream().skip(1).forEach(row -> lines.add(line(row, columns)));
        return String.join("\n", lines);
    }

    private static String line(List<String> row, int columns) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < columns; i++) {
            String cell = i < row.size() ? row.get(i) : "";
            line.append(cell.isEmpty() ? " |" : " " + cell + " |");
        }
        return line.toString();
    }
}
