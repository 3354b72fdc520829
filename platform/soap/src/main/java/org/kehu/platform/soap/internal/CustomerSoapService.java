package org.kehu.platform.soap.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/**
 * Customer operations for ERP, billing and call-centre integrations. Customers
 * are addressed by their customer number.
 */
@WebService(name = "CustomerService", targetNamespace = CustomerSoapService.NS)
public interface CustomerSoapService {

    String NS = "http://kehu.org/crm/soap/v1";

    @WebMethod
    @WebResult(name = "customer")
    Types.CustomerData createCustomer(@WebParam(name = "customer") Types.CustomerData customer) throws KehuFault;

    @WebMethod
    @WebResult(name = "customer")
    Types.CustomerData getCustomer(@WebParam(name = "number") String number) throws KehuFault;

    /** The customer's {@code version} must be the one last read. */
    @WebMethod
    @WebResult(name = "customer")
    Types.CustomerData updateCustomer(@WebParam(name = "number") String number,
            @WebParam(name = "customer") Types.CustomerData customer) throws KehuFault;

    @WebMethod
    @WebResult(name = "result")
    Types.CustomerPage findCustomers(@WebParam(name = "criteria") Types.CustomerCriteria criteria) throws KehuFault;

    @WebMethod
    @WebResult(name = "activity")
    Types.ActivityData addActivity(@WebParam(name = "number") String number,
            @WebParam(name = "activity") Types.ActivityData activity) throws KehuFault;
}
