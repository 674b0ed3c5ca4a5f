package dk.ics.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns padded to their widest cell, for the command line's text output. Build it row by
 * row, then {@link #render(String)} it; not thread-safe (a local helper).
 */
public final class TextTable {

    /** A row of cells, or a heading line written as it is. */
    private record Row(String heading, String[] cells) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final boolean[] alignRight;

    /**
     * A table whose columns are aligned as given.
     *
     * @param alignRight per column, {@code true} to align right (numbers), {@code false} to align left
     */
    public TextTable(boolean... alignRight) {
        this.alignRight = alignRight.clone();
    }

    /** Adds a line of its own (a heading between groups of rows), written without indent and not aligned. */
    public TextTable heading(String text) {
        rows.add(new Row(text, null));
        return this;
    }

    /** Adds a row; missing cells are blank. */
    public TextTable row(Object... cells) {
        String[] row = new String[alignRight.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
        }
        rows.add(new Row(null, row));
        return this;
    }

    /** The table, each row on its own line starting with the indent, columns separated by two spaces. */
    public String render(String indent) {
        int[] widths = new int[alignRight.length];
        for (Row row : rows) {
            for (int i = 0; row.cells() != null && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.cells()[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Row row : rows) {
            if (row.heading() != null) {
                sb.append(row.heading()).append(System.lineSeparator());
                continue;
            }
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < widths.length; i++) {
                String cell = row.cells()[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(alignRight[i] ? pad + cell : cell + pad);
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
