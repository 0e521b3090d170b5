package io.jnewman.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The subset of cli-table3 0.6 the cli reporter's tables need: a head row, rows of cells that may span columns,
 * fixed or automatic column widths (cli-table3's width distribution over spanning cells included), one space of
 * padding each side, multi-line cells, and border characters that may be blank. Empty border lines are left out,
 * as cli-table3 does.
 */
final class TextTable {
    enum Align { LEFT, RIGHT }

    record Cell(String text, int span, Align align) {
        static Cell of(String text, Align align) {
            return new Cell(text, 1, align);
        }
    }

    /** cli-table3 chars; {@code bottomMid} also joins columns under a spanning cell. */
    record Chars(String top, String topMid, String topLeft, String topRight, String bottom, String bottomMid,
                 String bottomLeft, String bottomRight, String left, String leftMid, String mid, String midMid,
                 String right, String rightMid, String middle) {
        static final Chars BOX = new Chars("─", "┬", "┌", "┐", "─", "┴", "└", "┘", "│", "├", "─", "┼", "│", "┤", "│");
        static final Chars PLAIN = new Chars("-", "-", "-", "-", "-", "-", "-", "-", "|", "-", "-", "+", "|", "-", "|");
        static final Chars BLANK = new Chars("", "", "", "", "", "", "", "", "", "", " ", "", "", "", "");
    }

    private final Chars chars;
    private final Integer[] fixedWidths;
    private final UnaryOperator<String> border;
    private final List<List<Cell>> rows = new ArrayList<>();

    /**
     * @param fixedWidths a width per column, null entries sized automatically
     * @param border      style applied to border pieces (colour)
     */
    TextTable(Chars chars, Integer[] fixedWidths, UnaryOperator<String> border) {
        this.chars = chars;
        this.fixedWidths = fixedWidths;
        this.border = border;
    }

    TextTable row(Cell... cells) {
        rows.add(List.of(cells));
        return this;
    }

    String render() {
        int columns = fixedWidths.length;
        for (List<Cell> row : rows) columns = Math.max(columns, row.stream().mapToInt(Cell::span).sum());
        int[] widths = widths(columns);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            addLine(out, r == 0 ? topLine(row, widths) : separator(rows.get(r - 1), row, widths));
            int height = row.stream().mapToInt(c -> c.text().split("\n", -1).length).max().orElse(1);
            for (int line = 0; line < height; line++) addLine(out, contentLine(row, widths, line));
            if (r == rows.size() - 1) addLine(out, bottomLine(row, widths));
        }
        return String.join("\n", out);
    }

    private static void addLine(List<String> out, String line) {
        if (!line.isEmpty()) out.add(line);
    }

    /** cli-table3 computeWidths: plain cells set their column, then spanning cells (last first) widen free columns. */
    private int[] widths(int columns) {
        int[] w = new int[columns];
        Arrays.fill(w, 1);
        List<int[]> spanners = new ArrayList<>();
        for (List<Cell> row : rows) {
            int x = 0;
            for (Cell c : row) {
                int desired = desiredWidth(c);
                if (c.span() > 1) spanners.add(new int[]{x, c.span(), desired});
                else w[x] = Math.max(w[x], desired);
                x += c.span();
            }
        }
        for (int i = 0; i < columns && i < fixedWidths.length; i++) {
            if (fixedWidths[i] != null) w[i] = fixedWidths[i];
        }
        for (int k = spanners.size() - 1; k >= 0; k--) {
            int col = spanners.get(k)[0];
            int span = spanners.get(k)[1];
            int desired = spanners.get(k)[2];
            int existing = w[col];
            int editable = fixed(col) ? 0 : 1;
            for (int i = 1; i < span; i++) {
                existing += 1 + w[col + i];
                if (!fixed(col + i)) editable++;
            }
            int i = 0;
            while (desired > existing && editable > 0) {
                if (!fixed(col + i)) {
                    int dif = (int) Math.floor((double) (desired - existing) / editable + 0.5);
                    existing += dif;
                    w[col + i] += dif;
                    editable--;
                }
                i++;
            }
        }
        return w;
    }

    private boolean fixed(int col) {
        return col < fixedWidths.length && fixedWidths[col] != null;
    }

    private static int desiredWidth(Cell c) {
        int max = 0;
        for (String line : c.text().split("\n", -1)) max = Math.max(max, Ansi.width(line));
        return max + 2;
    }

    private String topLine(List<Cell> row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        int x = 0;
        for (Cell c : row) {
            StringBuilder piece = new StringBuilder();
            for (int o = 0; o < c.span(); o++) {
                piece.append(x + o == 0 ? chars.topLeft() : o == 0 ? chars.topMid() : chars.top());
                piece.append(chars.top().repeat(widths[x + o]));
            }
            sb.append(styled(piece.toString()));
            x += c.span();
        }
        return sb.append(styled(chars.topRight())).toString();
    }

    private String separator(List<Cell> above, List<Cell> row, int[] widths) {
        boolean[] continuedAbove = continuations(above, widths.length);
        StringBuilder sb = new StringBuilder();
        int x = 0;
        for (Cell c : row) {
            StringBuilder piece = new StringBuilder();
            for (int o = 0; o < c.span(); o++) {
                int col = x + o;
                String joint;
                if (col == 0) joint = chars.leftMid();
                else if (o == 0) joint = continuedAbove[col] ? chars.topMid() : chars.midMid();
                else joint = continuedAbove[col] ? chars.mid() : chars.bottomMid();
                piece.append(joint).append(chars.mid().repeat(widths[col]));
            }
            sb.append(styled(piece.toString()));
            x += c.span();
        }
        return sb.append(styled(chars.rightMid())).toString();
    }

    /** Columns that continue a spanning cell (cli-table3's ColSpanCell positions). */
    private static boolean[] continuations(List<Cell> row, int columns) {
        boolean[] out = new boolean[columns];
        int x = 0;
        for (Cell c : row) {
            for (int o = 1; o < c.span(); o++) out[x + o] = true;
            x += c.span();
        }
        return out;
    }

    private String contentLine(List<Cell> row, int[] widths, int line) {
        StringBuilder sb = new StringBuilder();
        int x = 0;
        for (Cell c : row) {
            int width = widths[x];
            for (int o = 1; o < c.span(); o++) width += 1 + widths[x + o];
            String[] lines = c.text().split("\n", -1);
            String text = line < lines.length ? lines[line] : "";
            int pad = Math.max(0, width - 2 - Ansi.width(text));
            String aligned = c.align() == Align.RIGHT ? " ".repeat(pad) + text : text + " ".repeat(pad);
            sb.append(styled(x == 0 ? chars.left() : chars.middle())).append(' ').append(aligned).append(' ');
            x += c.span();
        }
        return sb.append(styled(chars.right())).toString();
    }

    private String bottomLine(List<Cell> row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        int x = 0;
        for (Cell c : row) {
            int width = widths[x];
            for (int o = 1; o < c.span(); o++) width += 1 + widths[x + o];
            sb.append(styled((x == 0 ? chars.bottomLeft() : chars.bottomMid()) + chars.bottom().repeat(width)));
            x += c.span();
        }
        return sb.append(styled(chars.bottomRight())).toString();
    }

    private String styled(String piece) {
        return piece.isEmpty() ? piece : border.apply(piece);
    }
}
