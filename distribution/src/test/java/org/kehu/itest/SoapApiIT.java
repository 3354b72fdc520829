package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.kehu.itest.SoapXml.envelope;

import java.io.IOException;

import org.junit.Before;
import org.junit.Test;

/** The SOAP CustomerService of the running distribution, over HTTP with hand-written envelopes. */
public class SoapApiIT extends KehuTestSupport {

    private static final String PATH = "/soap/CustomerService";

    private Http http;

    @Before
    public void connect() {
        http = new Http(baseUrl());
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
        WsdlContract.assertCheckedIn(http, "CustomerService");
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
