package org.kehu.itest;

import static org.junit.Assert.assertEquals;
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

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The SOAP CustomerService of the running distribution, over HTTP with hand-written envelopes. */
public class SoapApiIT extends KehuTestSupport {

    private static final String NS = "http://kehu.org/crm/soap/v1";
    private static final String PATH = "/soap/CustomerService";

    private Http http;

    @Before
    public void connect() {
        http = new Http(baseUrl());
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:k=\"" + NS + "\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static String customer(String name, String extra) {
        return "<k:customer><k:type>ORGANIZATION</k:type><k:name>" + name + "</k:name><k:industry>telecom</k:industry>"
                + "<k:region>广东·深圳</k:region>" + extra + "</k:customer>";
    }

    private static String between(String text, String start, String end) {
        int s = text.indexOf(start);
        if (s < 0) {
            throw new AssertionError("no " + start + " in " + text);
        }
        s += start.length();
        return text.substring(s, text.indexOf(end, s));
    }

    @Test
    public void wsdlIsTheCheckedInContract() throws IOException {
        Http.Reply wsdl = http.get(PATH + "?wsdl", null);
        assertEquals(200, wsdl.status());
        String live = normalize(wsdl.body());
        Path file = Paths.get(System.getProperty("kehu.wsdl"));
        if (Boolean.getBoolean("kehu.wsdl.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, live, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        assertTrue("missing " + file + "; run the build with -Dkehu.wsdl.update=true", expected != null);
        // compared as XML, not as text: serializers differ in declarations and empty-element forms
        Document want = canonical(expected);
        Document got = canonical(live);
        if (!want.isEqualNode(got)) {
            assertEquals("The WSDL changed. If that is deliberate, run the build with -Dkehu.wsdl.update=true and commit "
                    + file, text(want), text(got));
        }
    }

    /** The address depends on the port the test runs on; everything else is the contract. */
    private static String normalize(String wsdl) {
        return wsdl.replaceAll("location=\"http://[^\"]*/crm/soap/CustomerService\"", "location=\"http://localhost:8181/crm/soap/CustomerService\"")
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

    @Test
    public void customersAreCreatedReadUpdatedFoundAndGetActivities() {
        Http.Reply created = http.soap(PATH, "admin", envelope("<k:createCustomer>"
                + customer("深圳顺丰物流集团", "<k:phone>0755-83395566</k:phone>"
                        + "<k:organization><k:foundedOn>1993-03-26</k:foundedOn><k:employees>5000</k:employees></k:organization>")
                + "</k:createCustomer>"));
        assertEquals(created.body(), 200, created.status());
        String number = between(created.body(), "number>", "<");
        assertTrue(number, number.matches("KH\\d{9}"));

        Http.Reply read = http.soap(PATH, "am1", envelope("<k:getCustomer><k:number>" + number + "</k:number></k:getCustomer>"));
        assertEquals(200, read.status());
        assertTrue(read.body().contains("深圳顺丰物流集团"));
        String version = between(read.body(), "version>", "<");

        Http.Reply updated = http.soap(PATH, "am1", envelope("<k:updateCustomer><k:number>" + number + "</k:number>"
                + customer("深圳顺丰物流集团有限公司", "<k:version>" + version + "</k:version>") + "</k:updateCustomer>"));
        assertEquals(updated.body(), 200, updated.status());
        assertTrue(updated.body().contains("深圳顺丰物流集团有限公司"));

        Http.Reply stale = http.soap(PATH, "am1", envelope("<k:updateCustomer><k:number>" + number + "</k:number>"
                + customer("旧版本", "<k:version>" + version + "</k:version>") + "</k:updateCustomer>"));
        assertEquals(500, stale.status());
        assertTrue(stale.body(), stale.body().contains("Fault") && stale.body().contains(">409<"));

        Http.Reply found = http.soap(PATH, "am1", envelope("<k:findCustomers><k:criteria><k:q>深圳顺丰</k:q>"
                + "<k:industry>telecom</k:industry></k:criteria></k:findCustomers>"));
        assertEquals(200, found.status());
        assertEquals("1", between(found.body(), "total>", "<"));

        Http.Reply activity = http.soap(PATH, "am1", envelope("<k:addActivity><k:number>" + number + "</k:number>"
                + "<k:activity><k:type>CALL</k:type><k:subject>专线续约沟通</k:subject></k:activity></k:addActivity>"));
        assertEquals(activity.body(), 200, activity.status());
        assertTrue(activity.body().contains("专线续约沟通"));
    }

    @Test
    public void badInputIsAFaultWithFieldErrorsAndStoresNothing() {
        String before = total();
        Http.Reply invalid = http.soap(PATH, "admin", envelope("<k:createCustomer>"
                + "<k:customer><k:type>ORGANIZATION</k:type><k:name>X</k:name><k:industry>mining</k:industry>"
                + "<k:region>上海</k:region></k:customer></k:createCustomer>"));
        assertEquals(500, invalid.status());
        assertTrue(invalid.body(), invalid.body().contains("Fault") && invalid.body().contains(">400<"));
        assertTrue(invalid.body(), invalid.body().contains(">name<") && invalid.body().contains(">industry<"));

        Http.Reply unknownEnum = http.soap(PATH, "admin", envelope("<k:createCustomer>"
                + customer("枚举错误", "").replace("ORGANIZATION", "COMPANY") + "</k:createCustomer>"));
        assertEquals(500, unknownEnum.status());
        assertTrue(unknownEnum.body().contains("Fault"));

        Http.Reply malformed = http.soap(PATH, "admin", envelope("<k:createCustomer><k:customer>"));
        assertTrue(malformed.status() >= 400);
        assertTrue(malformed.body().contains("Fault"));

        Http.Reply missing = http.soap(PATH, "admin", envelope("<k:getCustomer><k:number>KH999999999</k:number></k:getCustomer>"));
        assertTrue(missing.body(), missing.body().contains(">404<"));
        assertEquals(before, total());
    }

    @Test
    public void callsWithoutValidCredentialsGet401() {
        String body = envelope("<k:findCustomers><k:criteria/></k:findCustomers>");
        Http.Reply anonymous = http.soap(PATH, null, body);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertTrue(anonymous.body().contains("Fault"));
        assertEquals(401, http.soap(PATH, "am1:nope", body).status());
    }

    private String total() {
        return between(http.soap(PATH, "admin", envelope("<k:findCustomers><k:criteria><k:size>1</k:size></k:criteria>"
                + "</k:findCustomers>")).body(), "total>", "<");
    }

}
