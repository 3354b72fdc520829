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

import org.junit.Test;
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
    private IndustryCatalog industries;

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
