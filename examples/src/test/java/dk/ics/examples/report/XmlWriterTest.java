package dk.ics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.examples.report.internal.XmlWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlWriterTest {

    @Test
    void escapesTextAndAttributes() {
        String xml = new XmlWriter().start("p", "title", "a \"b\" <c> & 'd'\n").text("x < y & z > w \"q\"").end()
                .finish();
        assertThat(xml).isEqualTo("<p title=\"a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;&#10;\">"
                + "x &lt; y &amp; z &gt; w \"q\"</p>\n");
    }

    @Test
    void dropsCharactersXmlCannotHoldAndKeepsOthers() {
        String xml = new XmlWriter().element("text", "a\u0000b\u0007c\uD800d æøå 😀").finish();
        assertThat(Xml.parse(xml).getDocumentElement().getTextContent()).isEqualTo("abcd æøå 😀");
    }

    @Test
    void closesAnEmptyNonVoidElementWithAnEndTag() {
        assertThat(new XmlWriter().start("div").end().finish()).isEqualTo("<div></div>\n");
    }

    @Test
    void refusesToFinishWithAnOpenElement() {
        assertThatThrownBy(() -> new XmlWriter().start("svg").finish()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writesNumbersWithoutExponentAndWithADot() {
        assertThat(XmlWriter.num(12.0)).isEqualTo("12");
        assertThat(XmlWriter.num(0.125)).isEqualTo("0.13");
        assertThat(XmlWriter.num(-3.5)).isEqualTo("-3.5");
        assertThat(XmlWriter.num(1e-7)).isEqualTo("0");
    }

    @Property(tries = 300)
    void anyTextSurvivesAsTextAndAsAttribute(@ForAll String text) {
        String xml = new XmlWriter().start("g", "data-x", text).element("text", text).end().finish();
        Element g = Xml.parse(xml).getDocumentElement();
        String kept = text.codePoints().filter(c -> c == 9 || c == 10 || c == 13 || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(g.getAttribute("data-x")).isEqualTo(kept);
        assertThat(Xml.one(g, "text").getTextContent()).isEqualTo(kept);
    }
}
