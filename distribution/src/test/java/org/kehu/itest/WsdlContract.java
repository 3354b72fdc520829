package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The SOAP contract: the live WSDL of a service equals {@code <Service>.wsdl} in the
 * directory named by the system property {@code kehu.wsdl.dir} (the repository's
 * {@code platform/soap/src/main/wsdl}). With {@code -Dkehu.wsdl.update=true} the
 * file is rewritten from the live WSDL first.
 */
final class WsdlContract {

    static final String DIR_PROPERTY = "kehu.wsdl.dir";
    static final String UPDATE_PROPERTY = "kehu.wsdl.update";

    private WsdlContract() {
    }

    /** @param soap a client of the runtime's base URL ({@code http://localhost:PORT/crm}) */
    static void assertCheckedIn(Http soap, String service) throws IOException {
        Http.Reply wsdl = soap.get("/soap/" + service + "?wsdl", null);
        assertEquals(200, wsdl.status());
        String live = normalize(wsdl.body(), service);
        String dir = System.getProperty(DIR_PROPERTY, "");
        assertFalse("the system property " + DIR_PROPERTY + " names the directory of the checked-in WSDLs", dir.isBlank());
        Path file = Paths.get(dir, service + ".wsdl");
        if (Boolean.getBoolean(UPDATE_PROPERTY)
                && (!Files.exists(file) || !canonical(Files.readString(file, StandardCharsets.UTF_8)).isEqualNode(canonical(live)))) {
            // rewritten only when the contract really changed, so that a serializer's style never shows as a change
            Files.createDirectories(file.getParent());
            Files.writeString(file, live, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        assertTrue("missing " + file + "; run the build with -D" + UPDATE_PROPERTY + "=true", expected != null);
        // compared as XML, not as text: serializers differ in declarations and empty-element forms
        Document want = canonical(expected);
        Document got = canonical(live);
        if (!want.isEqualNode(got)) {
            assertEquals("The " + service + " WSDL changed. If that is deliberate, run the build with -D" + UPDATE_PROPERTY
                    + "=true and commit " + file, text(want), text(got));
        }
    }

    /** The address depends on the port the test runs on; everything else is the contract. */
    private static String normalize(String wsdl, String service) {
        return wsdl.replaceAll("location=\"http://[^\"]*/crm/soap/" + service + "\"",
                "location=\"http://localhost:8181/crm/soap/" + service + "\"")
                .replace("\r\n", "\n").strip() + "\n";
    }

    private static Document canonical(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            dropWhitespace(doc.getDocumentElement());
            doc.normalizeDocument();
            return doc;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not XML: " + e.getMessage(), e);
        }
    }

    private static void dropWhitespace(Node node) {
        for (Node child = node.getFirstChild(); child != null;) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
                    || child.getNodeType() == Node.COMMENT_NODE) {
                node.removeChild(child);
            } else {
                dropWhitespace(child);
            }
            child = next;
        }
    }

    private static String text(Document doc) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
