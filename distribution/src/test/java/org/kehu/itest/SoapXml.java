package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Hand-written SOAP envelopes and the XML of their replies, as the SOAP
 * container tests read them: elements are found by local name in the Kehu
 * namespace, and a fault's detail is the problem it carries.
 */
final class SoapXml {

    /** The namespace of the Kehu SOAP services, bound to the prefix {@code k} in {@link #envelope(String)}. */
    static final String NS = "http://kehu.org/crm/soap/v1";

    /** The namespace of the SOAP 1.1 envelope. */
    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

    private SoapXml() {
    }

    /** A SOAP envelope around {@code body}, with the prefix {@code k} bound to {@link #NS}. */
    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP_ENV + "\" xmlns:k=\"" + NS + "\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    /** The response element of a successful call, e.g. {@code listTasksResponse}; asserts a 200 reply. */
    static Element response(Http.Reply reply) {
        assertEquals(reply.body(), 200, reply.status());
        Element body = child(xml(reply.body()).getDocumentElement(), SOAP_ENV, "Body");
        assertNotNull(reply.body(), body);
        Element response = firstElement(body);
        assertNotNull(reply.body(), response);
        return response;
    }

    /** The result element of a successful call, e.g. {@code instance} in {@code takeTransitionResponse}. */
    static Element ok(Http.Reply reply) {
        Element result = firstElement(response(reply));
        assertNotNull(reply.body(), result);
        return result;
    }

    /** The problem in the detail of a SOAP fault; asserts a 500 reply with exactly one problem. */
    static Element fault(Http.Reply reply) {
        assertEquals(reply.body(), 500, reply.status());
        var problems = xml(reply.body()).getElementsByTagNameNS(NS, "problem");
        assertEquals(reply.body(), 1, problems.getLength());
        return (Element) problems.item(0);
    }

    /** The fields named by a problem's errors, in their order. */
    static List<String> fields(Element problem) {
        List<String> fields = new ArrayList<>();
        children(problem, "error").forEach(e -> fields.add(text(e, "field")));
        return fields;
    }

    /** {@code text} parsed, namespace aware and without DTDs; an {@link AssertionError} when it is not XML. */
    static Document xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not XML: " + text, e);
        }
    }

    /** The first child element of {@code parent}, whatever its name; {@code null} when it has none. */
    static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** The child elements of {@code parent} in {@link #NS} with the local name {@code name}, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                children.add(e);
            }
        }
        return children;
    }

    /** The first child element of {@code parent} in {@link #NS} with the local name {@code name}; {@code null} when none. */
    static Element child(Element parent, String name) {
        return child(parent, NS, name);
    }

    /** The first child element of {@code parent} in {@code namespace} with the local name {@code name}; {@code null} when none. */
    static Element child(Element parent, String namespace, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The stripped text of the child element {@code name} of {@code parent}; {@code null} when there is no such child. */
    static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }
}
