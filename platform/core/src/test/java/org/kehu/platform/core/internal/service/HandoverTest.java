package org.kehu.platform.core.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ExtensionCatalog;
import org.kehu.platform.api.spi.IndustryCatalog;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.OwnerHandoverEntity;
import org.mockito.ArgumentCaptor;

/** Hand-over of a customer to another account manager, with the persistence mocked out. */
class HandoverTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Actor MANAGER = new Actor("manager", Set.of("manager"), "127.0.0.1");

    private EntityManager em;
    private CustomerEntity customer;
    private CustomerServiceImpl service;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        em = mock(EntityManager.class, RETURNS_DEEP_STUBS);
        JpaTemplate jpa = mock(JpaTemplate.class);
        when(jpa.txExpr(any(), any())).thenAnswer(call -> ((EmFunction<Object>) call.getArgument(1)).apply(em));
        customer = new CustomerEntity();
        customer.setNumber("KH000000018");
        customer.setType(PartyType.ORGANIZATION);
        customer.setName("华新商砼有限公司");
        customer.setOwner("am2");
        customer.setStatus(LifecycleStatus.ACTIVE);
        when(em.find(CustomerEntity.class, 7L)).thenReturn(customer);
        CoreSettings settings = new CoreSettings("KH", "cement", 50, 500, false);
        service = new CustomerServiceImpl(new Store(jpa), settings, mock(IndustryCatalog.class),
                mock(ExtensionCatalog.class),                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aHandOverRecordsWhoWhenFromToAndWhy() {
        service.handOver(MANAGER, 7L, new HandoverRequest("am1", "客户经理岗位调整"));
        ArgumentCaptor<Object> persisted = ArgumentCaptor.forClass(Object.class);
        verify(em).persist(persisted.capture());
        OwnerHandoverEntity record = (OwnerHandoverEntity) persisted.getValue();
        assertEquals("am2", record.getFromOwner());
        assertEquals("am1", record.getToOwner());
        assertEquals("manager", record.getHandedOverBy());
        assertEquals(NOW, record.getAt());
        assertEquals("客户经理岗位调整", record.getReason());
        assertEquals("am1", customer.getOwner());
        assertEquals("manager", customer.getUpdatedBy());
    }

    @Test
    void aHandOverToTheCurrentOwnerIsAConflictAndChangesNothing() {
        assertThrows(ConflictException.class, () -> service.handOver(MANAGER, 7L, new HandoverRequest("am2", "无变化")));
        verify(em, never()).persist(any());
        assertEquals("am2", customer.getOwner());
    }

    @Test
    void aHandOverNeedsAValidSuccessorAndAReason() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.handOver(MANAGER, 7L, new HandoverRequest("am 1", " ")));
        assertEquals(2, e.getErrors().size());
        verify(em, never()).persist(any());
        assertEquals("am2", customer.getOwner());
    }
}
