package org.kehu.platform.soap.internal;

import javax.xml.ws.WebFault;

/** A refused SOAP call; its detail carries the same problem content as a REST error. */
@WebFault(name = "problem", targetNamespace = CustomerSoapService.NS)
public class KehuFault extends Exception {

    private static final long serialVersionUID = 1L;

    private final Types.ProblemData faultInfo;

    public KehuFault(String message, Types.ProblemData faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public Types.ProblemData getFaultInfo() {
        return faultInfo;
    }
}
