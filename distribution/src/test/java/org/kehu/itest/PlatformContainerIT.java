package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.inject.Inject;

import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.ledger.ApprovalLevel;
import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.ContractDraft;
import org.kehu.platform.api.ledger.ContractService;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.CreditUpdate;
import org.kehu.platform.api.ledger.InvoiceDraft;
import org.kehu.platform.api.ledger.LedgerTopics;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.ledger.ReceivableService;
import org.kehu.platform.api.ledger.Shipment;
import org.kehu.platform.api.ledger.ShipmentDecision;
import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.ledger.ShipmentRequest;
import org.kehu.platform.api.ledger.ShipmentService;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.KehuEventListener;
import org.kehu.platform.api.spi.ShipmentCheck;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.AttributeDefinition;
import org.kehu.platform.api.spi.AttributeType;
import org.kehu.platform.api.spi.IndustryCatalog;
import org.kehu.platform.api.spi.IndustryModule;
import org.kehu.platform.api.spi.KehuProperties;
import org.kehu.platform.api.workflow.WorkflowService;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The platform inside the real distribution, seen from an OSGi bundle: every
 * Kehu bundle is active, the platform services are published, an industry
 * module registered at run time extends the customer schema at once and takes
 * its attributes away when it goes, and what the services store is what REST
 * shows.
 */
public class PlatformContainerIT extends KehuTestSupport {

    private static final Actor ADMIN = new Actor("admin", java.util.Set.of("admin"), null);

    @Inject
    private BundleContext context;

    @Inject
    @Filter(timeout = 120_000)
    private CustomerService customers;

    @Inject
    @Filter(timeout = 120_000)
    private WorkflowService workflows;

    @Inject
    @Filter(timeout = 120_000)
    private IndustryCatalog industries;

    @Inject
    @Filter(timeout = 120_000)
    private ContractService contracts;

    @Inject
    @Filter(timeout = 120_000)
    private CreditService credit;

    @Inject
    @Filter(timeout = 120_000)
    private ReceivableService receivables;

    @Inject
    @Filter(timeout = 120_000)
    private ShipmentService shipments;

    @Inject
    private ConfigurationAdmin configurations;

    @Test
    public void everyKehuBundleIsActive() {
        int kehu = 0;
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("org.kehu.")) {
                kehu++;
                assertEquals(bundle.getSymbolicName(), Bundle.ACTIVE, bundle.getState());
            }
        }
        assertEquals(4, kehu);
    }

    @Test
    public void anIndustryModuleExtendsTheCustomerSchemaWhileItIsInstalled() throws Exception {
        Map<String, Object> tonnage = Map.of("annualTonnage", "80000");
        CustomerDraft draft = new CustomerDraft(PartyType.ORGANIZATION, "测试矿业有限公司", "mining", "湖北·大冶", null, null,
                null, null, null, null, null, tonnage, null);
        refused(() -> customers.create(ADMIN, draft));

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(KehuProperties.INDUSTRY, "mining");
        properties.put(KehuProperties.ID, "mining");
        ServiceRegistration<IndustryModule> registration = context.registerService(IndustryModule.class, new Mining(),
                properties);
        try {
            assertTrue(industries.module("mining").isPresent());
            Customer created = customers.create(ADMIN, draft);
            assertEquals(80000L, created.attributes().get("annualTonnage"));
            ValidationException wrong = refused(() -> customers.create(ADMIN,
                    new CustomerDraft(PartyType.ORGANIZATION, "测试矿业二公司", "mining", "湖北·大冶", null, null, null, null,
                            null, null, null, Map.of("annualTonnage", "很多"), null)));
            assertEquals("attributes.annualTonnage", wrong.getErrors().get(0).field());

            // what the service stored is what REST shows
            Http http = new Http("http://localhost:" + System.getProperty(PORT_PROPERTY) + "/crm/api/v1");
            Http.Reply read = http.get("/customers/" + created.id(), "am1");
            assertEquals(read.toString(), 200, read.status());
            assertEquals(80000, read.json().at("/attributes/annualTonnage").asInt());
        } finally {
            registration.unregister();
        }
        assertTrue(industries.module("mining").isEmpty());
        refused(() -> customers.create(ADMIN, draft));
    }

    @Test
    public void pluginsAddShipmentChecksAndHearLedgerEventsAndSettingsApplyAtOnce() throws Exception {
        Customer customer = customers.create(ADMIN, new CustomerDraft(PartyType.ORGANIZATION, "测试机械制造有限公司", "manufacturing",
                "江苏·常州", null, null, null, null, null, null, null, null, null));
        long id = customer.id();
        credit.update(ADMIN, id, new CreditUpdate(null, Money.cny("500000.00"), null, null, 30, "年度授信", 0L));
        LocalDate today = LocalDate.now();
        Contract contract = Approvals.activate(contracts, workflows, contracts.createContract(ADMIN, new ContractDraft(id,
                null, "机床采购合同", Money.cny("200000.00"), new BigDecimal("10"), "台", today.minusDays(60),
                today.plusDays(300), 30, PaymentMode.CREDIT, ContractStatus.DRAFT)).id());
        ShipmentRequest request = new ShipmentRequest(id, contract.id(), null, null, today, BigDecimal.ONE,
                Money.cny("20000.00"), null, false);

        // a plugin's check joins the gate while it is registered, for its industry only
        Dictionary<String, Object> checkProperties = new Hashtable<>();
        checkProperties.put(KehuProperties.INDUSTRY, "manufacturing");
        checkProperties.put(KehuProperties.ID, "inspection");
        ServiceRegistration<ShipmentCheck> check = context.registerService(ShipmentCheck.class, new ShipmentCheck() {
            @Override
            public String id() {
                return "INSPECTION_PENDING";
            }

            @Override
            public List<ShipmentRefusal> check(org.kehu.platform.api.spi.ShipmentContext c) {
                return List.of(new ShipmentRefusal(id(), "Quality inspection of " + c.customer().name() + " is pending"));
            }
        }, checkProperties);
        try {
            Shipment refused = shipments.request(ADMIN, request);
            assertEquals(ShipmentDecision.REFUSED, refused.decision());
            assertEquals("INSPECTION_PENDING", refused.refusals().get(0).code());
        } finally {
            check.unregister();
        }
        assertEquals(ShipmentDecision.ALLOWED, shipments.request(ADMIN, request).decision());

        // listeners hear warnings as they arise
        BlockingQueue<KehuEvent> heard = new LinkedBlockingQueue<>();
        Dictionary<String, Object> listenerProperties = new Hashtable<>();
        listenerProperties.put(KehuEventListener.TOPICS, "org/kehu/credit/*");
        ServiceRegistration<KehuEventListener> listener = context.registerService(KehuEventListener.class, heard::add,
                listenerProperties);
        try {
            receivables.recordInvoice(ADMIN, new InvoiceDraft("FP-PC-0001", id, contract.id(), null, today.minusDays(45),
                    today.minusDays(15), Money.cny("20000.00"), Money.cny("15000.00")));
            KehuEvent event = heard.poll(10, TimeUnit.SECONDS);
            assertTrue("no warning event arrived", event != null);
            assertEquals(LedgerTopics.WARNING_RAISED, event.topic());
            assertEquals(id, ((Number) event.properties().get("customerId")).longValue());
            assertEquals("OVERDUE", event.properties().get("kind"));
            assertEquals(Boolean.FALSE, event.properties().get("escalated"));

            // the same warning is raised again, escalated, once the debt reaches an older aging bucket
            receivables.recordInvoice(ADMIN, new InvoiceDraft("FP-PC-0002", id, contract.id(), null, today.minusDays(75),
                    today.minusDays(45), Money.cny("10000.00"), Money.cny("7000.00")));
            KehuEvent escalated = heard.poll(10, TimeUnit.SECONDS);
            assertTrue("no escalation arrived", escalated != null);
            assertEquals("OVERDUE", escalated.properties().get("kind"));
            assertEquals(Boolean.TRUE, escalated.properties().get("escalated"));
            assertEquals(45, ((Number) escalated.properties().get("days")).intValue());
        } finally {
            listener.unregister();
        }

        // a changed setting applies without a restart: lower the office-meeting threshold
        ContractDraft large = new ContractDraft(id, null, "产线改造合同", Money.cny("2500000.00"), null, null, today,
                today.plusDays(100), 30, PaymentMode.CREDIT, ContractStatus.DRAFT);
        assertEquals(ApprovalLevel.GENERAL_MANAGER, contracts.createContract(ADMIN, large).approvalLevel());
        Configuration ledger = configurations.getConfiguration("org.kehu.platform.ledger", null);
        Dictionary<String, Object> original = ledger.getProperties();
        Dictionary<String, Object> changed = copy(original);
        changed.put("contract.approval.officeMeeting.above", "2000000");
        ledger.update(changed);
        try {
            ApprovalLevel level = null;
            for (int i = 0; i < 50 && level != ApprovalLevel.GM_OFFICE_MEETING; i++) {
                Thread.sleep(100);
                level = contracts.createContract(ADMIN, large).approvalLevel();
            }
            assertEquals(ApprovalLevel.GM_OFFICE_MEETING, level);
        } finally {
            ledger.update(original);
        }
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> source) {
        Dictionary<String, Object> out = new Hashtable<>();
        if (source != null) {
            for (var keys = source.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                out.put(key, source.get(key));
            }
        }
        return out;
    }

    /** The container's JUnit 4 predates assertThrows. */
    private static ValidationException refused(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("the call was not refused");
    }

    /** A minimal industry module, as a plugin bundle would publish it. */
    private static final class Mining implements IndustryModule {

        @Override
        public String id() {
            return "mining";
        }

        @Override
        public String name(Locale locale) {
            return Locale.SIMPLIFIED_CHINESE.equals(locale) ? "矿业" : "Mining";
        }

        @Override
        public List<AttributeDefinition> attributes() {
            return List.of(new AttributeDefinition("annualTonnage", AttributeType.INTEGER, true, BigDecimal.ZERO, null, null,
                    null, Map.of("zh-CN", "年产量(吨)", "en", "Annual tonnage")));
        }
    }
}
