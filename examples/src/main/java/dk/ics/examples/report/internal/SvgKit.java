package dk.ics.examples.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared pieces of the reports' drawings: the root element, text wrapping, and the shapes that carry meaning next to
 * colour (star, check, cross, triangle, diamond). Every drawing uses {@code font-family: sans-serif} and font sizes
 * of at least {@link #MIN_FONT} units on a view box at most {@link #MAX_WIDTH} units wide, so that text is at least
 * 9 pt when the drawing is printed 180 mm wide on A4.
 */
public final class SvgKit {

    /** The widest view box of any drawing. */
    public static final int MAX_WIDTH = 1000;
    /** The smallest font size used in any drawing, in view box units. */
    public static final int MIN_FONT = 18;
    /** The SVG namespace, written only on a standalone SVG document. */
    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** The font of every drawing: the reader's own sans-serif, never a font from the network. */
    public static final String FONT = "sans-serif";

    private SvgKit() {
    }

    /**
     * Opens the root {@code <svg>} with a view box and a title for screen readers.
     *
     * @param standalone whether the SVG is a document of its own (then it carries the SVG namespace); inline SVG in
     *                   the HTML report does not need it
     */
    public static void open(XmlWriter w, String cssClass, int width, int height, boolean standalone, String title) {
        w.start("svg", "xmlns", standalone ? SVG_NS : null, "class", cssClass,
                "viewBox", "0 0 " + width + " " + height, "width", standalone ? width : null,
                "height", standalone ? height : null, "role", "img", "aria-label", title,
                "font-family", FONT, "font-size", MIN_FONT);
        w.element("title", title);
    }

    /**
     * Breaks a text into lines of at most about {@code maxChars} characters at spaces (a single longer word stays
     * whole), and into at most {@code maxLines} lines (the rest joins the last line: nothing is cut off).
     */
    public static List<String> wrap(String text, int maxChars, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > maxChars && lines.size() < maxLines - 1) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes lines of text starting at a baseline, one below the other. */
    public static void lines(XmlWriter w, List<String> lines, double x, double y, double lineHeight,
            Object... attributes) {
        for (int i = 0; i < lines.size(); i++) {
            Object[] all = new Object[attributes.length + 4];
            all[0] = "x";
            all[1] = x;
            all[2] = "y";
            all[3] = y + i * lineHeight;
            System.arraycopy(attributes, 0, all, 4, attributes.length);
            w.element("text", lines.get(i), all);
        }
    }

    /** The points of a five-pointed star centred at (cx, cy) with the given outer radius. */
    public static String star(double cx, double cy, double r) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double a = Math.toRadians(-90 + i * 36);
            p.append(i == 0 ? "" : " ").append(XmlWriter.num(cx + radius * Math.cos(a))).append(',')
                    .append(XmlWriter.num(cy + radius * Math.sin(a)));
        }
        return p.toString();
    }

    /** The points of a regular polygon with {@code n} corners (3 a triangle pointing up, 4 a diamond). */
    public static String regular(int n, double cx, double cy, double r) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(-90 + i * 360.0 / n);
            p.append(i == 0 ? "" : " ").append(XmlWriter.num(cx + r * Math.cos(a))).append(',')
                    .append(XmlWriter.num(cy + r * Math.sin(a)));
        }
        return p.toString();
    }

    /** A rough text width in view box units for a font size, used to size badges (no font metrics at hand). */
    public static double textWidth(String text, double fontSize) {
        return text.length() * fontSize * 0.6;
    }
}
