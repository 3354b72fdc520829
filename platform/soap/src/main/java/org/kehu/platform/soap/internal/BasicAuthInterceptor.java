package org.kehu.platform.soap.internal;


import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.security.AuthenticationFailedException;
import org.kehu.platform.api.security.Authenticator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * HTTP Basic authentication of every SOAP call against the platform's JAAS
 * realm, before the body is read. A failed login is answered with HTTP 401, a
 * {@code WWW-Authenticate} challenge and a SOAP fault carrying the problem.
 */
public class BasicAuthInterceptor extends AbstractSoapInterceptor {

    private final Authenticator authenticator;

    public BasicAuthInterceptor(Authenticator authenticator) {
        super(Phase.PRE_PROTOCOL);
        this.authenticator = authenticator;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String address = request == null ? null : request.getRemoteAddr();
        try {
            if (policy == null || policy.getUserName() == null || policy.getPassword() == null) {
                throw new AuthenticationFailedException();
            }
            Actor actor = authenticator.authenticate(policy.getUserName(), policy.getPassword().toCharArray(), address);
            message.getExchange().put(Actor.class, actor);
        } catch (AuthenticationFailedException e) {
            HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
            if (response != null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"kehu\", charset=\"UTF-8\"");
            }
            SoapFault fault = new SoapFault("Authentication required: use HTTP Basic with a user of the Kehu realm",
                    message.getVersion().getSender());
            fault.setStatusCode(401);
            fault.setDetail(problemDetail());
            throw fault;
        }
    }

    private static Element problemDetail() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element detail = doc.createElement("detail");
            Element problem = doc.createElementNS(CustomerSoapService.NS, "problem");
            append(doc, problem, "status", "401");
            append(doc, problem, "title", "Unauthorized");
            append(doc, problem, "detail", "Authentication required");
            detail.appendChild(problem);
            doc.appendChild(detail);
            return detail;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(Document doc, Element parent, String name, String text) {
        Element child = doc.createElementNS(CustomerSoapService.NS, name);
        child.setTextContent(text);
        parent.appendChild(child);
    }


}
