package org.kehu.platform.soap.internal;

import java.util.function.Supplier;

import javax.jws.WebService;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.kehu.platform.api.ActivityService;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.PlatformException;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.security.AuthenticationFailedException;

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

    private static Actor actor() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Actor actor = message == null ? null : message.getExchange().get(Actor.class);
        if (actor == null) {
            throw new AuthenticationFailedException();
        }
        return actor;
    }

    private static <T> T call(Supplier<T> work) throws KehuFault {
        try {
            return work.get();
        } catch (PlatformException e) {
            throw fault(e);
        }
    }

    static KehuFault fault(PlatformException e) {
        Types.ProblemData problem = new Types.ProblemData();
        problem.detail = e.getMessage();
        if (e instanceof ValidationException v) {
            problem.status = 400;
            problem.title = "Invalid input";
            v.getErrors().forEach(error -> {
                Types.FieldErrorData data = new Types.FieldErrorData();
                data.field = error.field();
                data.message = error.message();
                problem.errors.add(data);
            });
        } else if (e instanceof NotFoundException) {
            problem.status = 404;
            problem.title = "Not Found";
        } else if (e instanceof ConflictException) {
            problem.status = 409;
            problem.title = "Conflict";
        } else {
            problem.status = 400;
            problem.title = "Bad Request";
        }
        return new KehuFault(e.getMessage(), problem);
    }
}
