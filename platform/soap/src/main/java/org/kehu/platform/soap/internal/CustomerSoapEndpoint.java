package org.kehu.platform.soap.internal;

import static org.kehu.platform.soap.internal.SoapCalls.actor;
import static org.kehu.platform.soap.internal.SoapCalls.call;

import javax.jws.WebService;

import org.kehu.platform.api.ActivityService;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerService;

/** The CustomerService SOAP endpoint: maps XML types to API records and calls the same services as REST. */
@WebService(serviceName = "CustomerService", portName = "CustomerServicePort",
        endpointInterface = "org.kehu.platform.soap.internal.CustomerSoapService", targetNamespace = CustomerSoapService.NS)
public class CustomerSoapEndpoint implements CustomerSoapService {

    private final CustomerService customers;
    private final ActivityService activities;

    public CustomerSoapEndpoint(CustomerService customers, ActivityService activities) {
        this.customers = customers;
        this.activities = activities;
    }

    @Override
    public Types.CustomerData createCustomer(Types.CustomerData customer) throws KehuFault {
        return call(() -> SoapMapping.toData(customers.create(actor(), SoapMapping.toDraft(customer, false))));
    }

    @Override
    public Types.CustomerData getCustomer(String number) throws KehuFault {
        return call(() -> SoapMapping.toData(customers.getByNumber(actor(), number)));
    }

    @Override
    public Types.CustomerData updateCustomer(String number, Types.CustomerData customer) throws KehuFault {
        return call(() -> {
            Actor actor = actor();
            Customer current = customers.getByNumber(actor, number);
            return SoapMapping.toData(customers.update(actor, current.id(), SoapMapping.toDraft(customer, true)));
        });
    }

    @Override
    public Types.CustomerPage findCustomers(Types.CustomerCriteria criteria) throws KehuFault {
        return call(() -> SoapMapping.toPage(customers.search(actor(), SoapMapping.toQuery(criteria))));
    }

    @Override
    public Types.ActivityData addActivity(String number, Types.ActivityData activity) throws KehuFault {
        return call(() -> {
            Actor actor = actor();
            Customer customer = customers.getByNumber(actor, number);
            return SoapMapping.toData(activities.add(actor, customer.id(), SoapMapping.toDraft(activity)));
        });
    }
}
