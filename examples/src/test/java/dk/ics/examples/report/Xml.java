package dk.ics.examples.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses the reports with the JDK's XML parser (no network, no DTD) and queries them with XPath. */
final class Xml {

    private Xml() {
    }

    static Document parse(String markup) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(markup)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> all(Node context, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(xpath, context, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError("bad xpath " + xpath, e);
        }
    }

    static Element one(Node context, String xpath) {
        List<Element> found = all(context, xpath);
        if (found.size() != 1) {
            throw new AssertionError("expected one match of " + xpath + " but found " + found.size());
        }
        return found.get(0);
    }

    static List<String> texts(Node context, String xpath) {
        return all(context, xpath).stream().map(Element::getTextContent).toList();
    }

    /** The text lines of the {@code <text>} elements with a class, joined by spaces (wrapped labels). */
    static String joined(Node context, String cssClass) {
        return String.join(" ", texts(context, ".//text[@class='" + cssClass + "']"));
    }
}
