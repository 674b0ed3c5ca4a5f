package dk.ics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.examples.report.internal.SvgKit;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Checks every report must pass: well-formed, self-contained, readable when printed on A4. */
final class ReportSafetyChecks {

    private static final Pattern CPR = Pattern.compile("\\b\\d{6}-?\\d{4}\\b");

    private ReportSafetyChecks() {
    }

    /** Parses an HTML report and checks it is self-contained and prints on A4. */
    static Document checkHtml(String html) {
        Document doc = Xml.parse(html);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(Xml.all(doc, "//script")).isEmpty();
        assertThat(Xml.all(doc, "//link | //img | //iframe | //object | //embed | //image | //use")).isEmpty();
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
                .doesNotContain("@import").doesNotContain("@font-face").doesNotContain("javascript:");
        assertThat(html.replace("url(#", "")).doesNotContain("url(");
        assertThat(Xml.all(doc, "//*[@src or @href]")).isEmpty();
        assertThat(html).doesNotContain("xlink");
        String css = Xml.one(doc, "/html/head/style").getTextContent();
        assertThat(css).contains("@page { size: A4").contains("@media print");
        assertThat(CPR.matcher(html).find()).as("no CPR-shaped number").isFalse();
        for (Element svg : Xml.all(doc, "//svg[contains(@class, 'chart')]")) {
            checkSvg(svg);
        }
        return doc;
    }

    /** Parses a standalone SVG document and checks it. */
    static Document checkStandaloneSvg(String svg) {
        Document doc = Xml.parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo(SvgKit.SVG_NS);
        assertThat(svg.replace("xmlns=\"" + SvgKit.SVG_NS + "\"", "")).doesNotContain("http:").doesNotContain("https:");
        assertThat(Xml.all(doc, "//script")).isEmpty();
        checkSvg(root);
        return doc;
    }

    /** A view box, sans-serif, and no font smaller than 9 pt when the drawing is 180 mm wide. */
    private static void checkSvg(Element svg) {
        String[] box = svg.getAttribute("viewBox").split(" ");
        assertThat(box).hasSize(4);
        double width = Double.parseDouble(box[2]);
        assertThat(width).isPositive().isLessThanOrEqualTo(SvgKit.MAX_WIDTH);
        assertThat(svg.getAttribute("font-family")).isEqualTo("sans-serif");
        // 180 mm is 680 CSS px; 9 pt is 12 CSS px.
        for (Element e : Xml.all(svg, ".//*[@font-size] | self::*[@font-size]")) {
            double size = Double.parseDouble(e.getAttribute("font-size"));
            assertThat(size * 680 / width).as("printed font size of " + e.getTagName()).isGreaterThanOrEqualTo(12);
        }
        assertThat(Xml.all(svg, ".//title")).isNotEmpty();
    }
}
