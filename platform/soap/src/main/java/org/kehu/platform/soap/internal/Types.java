package org.kehu.platform.soap.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.kehu.platform.api.ActivityDirection;
import org.kehu.platform.api.ActivityType;
import org.kehu.platform.api.Gender;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.MaritalStatus;
import org.kehu.platform.api.PartyType;

/** The XML types of the SOAP contract; their shape is the WSDL checked into the repository. */
public final class Types {

    private Types() {
    }

    @XmlType(name = "Money", propOrder = {"amount", "currency"})
    public static class MoneyData {
        @XmlElement(required = true)
        public BigDecimal amount;
        public String currency;
    }

    @XmlType(name = "Financials", propOrder = {"year", "revenue", "netProfit", "totalAssets"})
    public static class FinancialsData {
        @XmlElement(required = true)
        public Integer year;
        public MoneyData revenue;
        public MoneyData netProfit;
        public MoneyData totalAssets;
    }

    @XmlType(name = "Organization", propOrder = {"foundedOn", "registeredCapital", "creditCode", "employees", "financials"})
    public static class OrganizationData {
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate foundedOn;
        public MoneyData registeredCapital;
        public String creditCode;
        public Integer employees;
        public FinancialsData financials;
    }

    @XmlType(name = "Person", propOrder = {"gender", "birthDate", "maritalStatus", "occupation"})
    public static class PersonData {
        public Gender gender;
        @XmlJavaTypeAdapter(Adapters.DateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate birthDate;
        public MaritalStatus maritalStatus;
        public String occupation;
    }

    @XmlType(name = "Attribute", propOrder = {"name", "value"})
    public static class AttributeData {
        @XmlElement(required = true)
        public String name;
        @XmlElement(required = true)
        public String value;
    }

    @XmlType(name = "Customer", propOrder = {"id", "number", "type", "name", "industry", "region", "owner", "status", "phone",
        "email", "address", "organization", "person", "attributes", "churnReason", "createdAt", "updatedAt", "version"})
    public static class CustomerData {
        public Long id;
        public String number;
        @XmlElement(required = true)
        public PartyType type;
        @XmlElement(required = true)
        public String name;
        @XmlElement(required = true)
        public String industry;
        @XmlElement(required = true)
        public String region;
        public String owner;
        public LifecycleStatus status;
        public String phone;
        public String email;
        public String address;
        public OrganizationData organization;
        public PersonData person;
        @XmlElement(name = "attribute")
        public List<AttributeData> attributes = new ArrayList<>();
        public String churnReason;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant createdAt;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant updatedAt;
        public Long version;
    }

    @XmlType(name = "CustomerCriteria", propOrder = {"q", "type", "industry", "region", "status", "owner", "page", "size", "sort"})
    public static class CustomerCriteria {
        public String q;
        public PartyType type;
        public String industry;
        public String region;
        public LifecycleStatus status;
        public String owner;
        public Integer page;
        public Integer size;
        public String sort;
    }

    @XmlType(name = "CustomerPage", propOrder = {"customers", "page", "size", "total"})
    public static class CustomerPage {
        @XmlElement(name = "customer")
        public List<CustomerData> customers = new ArrayList<>();
        public int page;
        public int size;
        public long total;
    }

    @XmlType(name = "Activity", propOrder = {"id", "type", "direction", "occurredAt", "staff", "contactId", "subject", "content",
        "outcome"})
    public static class ActivityData {
        public Long id;
        @XmlElement(required = true)
        public ActivityType type;
        public ActivityDirection direction;
        @XmlJavaTypeAdapter(Adapters.DateTimeAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public LocalDateTime occurredAt;
        public String staff;
        public Long contactId;
        @XmlElement(required = true)
        public String subject;
        public String content;
        public String outcome;
    }

    @XmlType(name = "FieldError", propOrder = {"field", "message"})
    public static class FieldErrorData {
        public String field;
        public String message;
    }

    /** The SOAP twin of the REST API's problem+json document. */
    @XmlType(name = "Problem", propOrder = {"status", "title", "detail", "errors"})
    public static class ProblemData {
        public int status;
        public String title;
        public String detail;
        @XmlElement(name = "error")
        public List<FieldErrorData> errors = new ArrayList<>();
    }
}
