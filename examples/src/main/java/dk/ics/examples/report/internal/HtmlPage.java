package dk.ics.examples.report.internal;

import dk.ics.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame of a report page: an HTML5 document that is also well-formed XML, with the style sheet inline and
 * nothing that reaches outside the file (no script, no link, no font, no image).
 */
public final class HtmlPage {

    private static final String CSS = loadCss();

    private HtmlPage() {
    }

    /** Opens the document and its body; the caller writes the content and then calls {@link #close}. */
    public static XmlWriter open(Language lang, String title) {
        XmlWriter w = new XmlWriter();
        w.raw("<!DOCTYPE html>\n");
        w.start("html", "lang", lang == Language.EN ? "en" : "da");
        w.start("head");
        w.empty("meta", "charset", "utf-8");
        w.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        w.empty("meta", "name", "generator", "content", "ics-java");
        w.element("title", title);
        w.start("style");
        w.raw(CSS);
        w.end();
        w.end();
        w.start("body");
        return w;
    }

    /** Closes the body and the document and returns the markup. */
    public static String close(XmlWriter w) {
        w.end();
        w.end();
        return w.finish();
    }

    private static String loadCss() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("/dk/ics/examples/report/report.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource report.css");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The style element is raw text in HTML but parsed as XML by checkers: it must need no escaping.
            if (css.indexOf('<') >= 0 || css.indexOf('&') >= 0 || css.indexOf('>') >= 0) {
                throw new IllegalStateException("report.css must not contain <, > or &");
            }
            return css;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}
