package dk.ics.examples.report.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * A small writer of well-formed XML (SVG, and HTML written so that it is also well-formed XML): elements are opened
 * and closed in order, text and attribute values are escaped, and characters XML cannot hold are dropped. Not
 * thread-safe: one writer per document.
 */
public final class XmlWriter {

    /** Elements after whose end tag a line break keeps the output readable without adding text inside a line. */
    private static final Set<String> BLOCKS = Set.of("svg", "g", "defs", "pattern", "section", "div", "table",
            "thead", "tbody", "tr", "ul", "ol", "li", "p", "h1", "h2", "h3", "head", "body", "html", "header",
            "figure", "style", "title", "meta", "dl", "main", "footer", "rect", "circle", "line", "path", "polygon",
            "polyline", "text", "figcaption", "caption", "dd", "dt");

    private final StringBuilder out = new StringBuilder(16_384);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    /** Writes raw markup that the caller guarantees is well-formed (a doctype, a checked style sheet). */
    public XmlWriter raw(String markup) {
        closeStartTag();
        out.append(markup);
        return this;
    }

    /** Opens an element with attributes given as name, value pairs; a {@code null} value leaves that one out. */
    public XmlWriter start(String name, Object... attributes) {
        closeStartTag();
        out.append('<').append(name);
        attributes(attributes);
        open.push(name);
        inStartTag = true;
        return this;
    }

    /** Writes an element without content ({@code <rect .../>}): for SVG elements and HTML void elements only. */
    public XmlWriter empty(String name, Object... attributes) {
        closeStartTag();
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        if (BLOCKS.contains(name)) {
            out.append('\n');
        }
        return this;
    }

    /** Writes an element holding only text: {@code <name attrs>text</name>}. */
    public XmlWriter element(String name, String text, Object... attributes) {
        start(name, attributes);
        text(text);
        return end();
    }

    /** Writes escaped text. */
    public XmlWriter text(String text) {
        closeStartTag();
        escape(text == null ? "" : text, false);
        return this;
    }

    /** Closes the innermost open element. */
    public XmlWriter end() {
        String name = open.pop();
        if (inStartTag) {
            // HTML only allows <x/> for void elements, so an empty element is always closed with an end tag.
            out.append('>');
            inStartTag = false;
        }
        out.append("</").append(name).append('>');
        if (BLOCKS.contains(name)) {
            out.append('\n');
        }
        return this;
    }

    /** The document written so far; every element must have been closed. */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element <" + open.peek() + ">");
        }
        return out.toString();
    }

    /** A number for an attribute: at most two decimals, no exponent, a dot as decimal separator. */
    public static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            String text = value instanceof Double d ? num(d) : String.valueOf(value);
            out.append(' ').append(attributes[i]).append("=\"");
            escape(text, true);
            out.append('"');
        }
    }

    private void closeStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                case '\r' -> out.append("&#13;");
                case '\n', '\t' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        out.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether XML 1.0 can hold the character (lone surrogates and most control characters it cannot). */
    private static boolean allowed(char c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
