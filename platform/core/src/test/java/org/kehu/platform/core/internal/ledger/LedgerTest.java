package org.kehu.platform.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.core.internal.entity.SequenceEntity;
import org.kehu.platform.core.internal.rules.Violations;
import org.kehu.platform.core.internal.service.CoreSettings;
import org.kehu.platform.core.internal.service.Store;
import org.mockito.ArgumentCaptor;

class LedgerTest {

    private static final String RANGE = "must be between 1900-01-01 and 9999-12-31";

    private static Ledger ledger(Store store) {
        return new Ledger(store, new LedgerSettings(), new CoreSettings("KH", "cement", 50, 500, false), mock(EventBus.class),
                mock(TransactionManager.class));
    }

    @SuppressWarnings("unchecked")
    private static Store store(EntityManager em) {
        JpaTemplate jpa = mock(JpaTemplate.class);
        when(jpa.txExpr(any(), any())).thenAnswer(call -> ((EmFunction<Object>) call.getArgument(1)).apply(em));
        return new Store(jpa);
    }

    // dates

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "1900-01-01, true",
            "9999-12-31, true",
            "2026-06-15, true",
            "1899-12-31, false",
            "+10000-01-01, false",
            "-0001-06-01, false" })
    void datesInRange(String text, boolean ok) {
        LocalDate date = LocalDate.parse(text);
        Violations v = new Violations();
        Ledger.dateInRange(v, "startDate", date);
        assertEquals(ok ? List.of() : List.of(new FieldError("startDate", RANGE)), v.errors());
        assertEquals(ok, Ledger.inRange(date));
    }

    @Test
    void noDateIsInRange() {
        Violations v = new Violations();
        Ledger.dateInRange(v, "startDate", null);
        assertEquals(List.of(), v.errors());
        Ledger.dateInRange(v, "endDate", LocalDate.MAX);
        Ledger.dateInRange(v, "startDate", LocalDate.MIN);
        assertEquals(List.of(new FieldError("endDate", RANGE), new FieldError("startDate", RANGE)), v.errors());
    }

    // paging

    @Test
    void pageSizes() {
        Ledger ledger = ledger(null);
        assertEquals(50, ledger.pageSize(0, 0));
        assertEquals(500, ledger.pageSize(3, 500));
        assertEquals(List.of(new FieldError("size", "must be at most 500")),
                assertThrows(ValidationException.class, () -> ledger.pageSize(0, 501)).getErrors());
        assertEquals(List.of(new FieldError("page", "must not be negative")),
                assertThrows(ValidationException.class, () -> ledger.pageSize(-1, 10)).getErrors());
    }

    @Test
    void aPageBeyondTheLastRowThatCanBeAddressedIsRefused() {
        Ledger ledger = ledger(null);
        int last = Integer.MAX_VALUE / 500;
        assertEquals(500, ledger.pageSize(last, 500));
        assertEquals(List.of(new FieldError("page", "must be at most " + last + " with a page size of 500")),
                assertThrows(ValidationException.class, () -> ledger.pageSize(last + 1, 500)).getErrors());
        assertThrows(ValidationException.class, () -> ledger.pageSize(Integer.MAX_VALUE, 50));
        assertEquals(1, ledger.pageSize(Integer.MAX_VALUE, 1));
    }

    // lock rows

    @Test
    void initCreatesTheMissingLockRows() {
        EntityManager em = mock(EntityManager.class);
        when(em.find(SequenceEntity.class, Ledger.CREDIT_GRANT_LOCK)).thenReturn(new SequenceEntity(Ledger.CREDIT_GRANT_LOCK, 1));
        ledger(store(em)).init();
        ArgumentCaptor<SequenceEntity> created = ArgumentCaptor.forClass(SequenceEntity.class);
        verify(em).persist(created.capture());
        assertEquals(Ledger.REBATE_LOCK, created.getValue().getName());
        verify(em).flush();
    }

    @Test
    void initCreatesEveryLockRowOfAnEmptyDatabase() {
        EntityManager em = mock(EntityManager.class);
        ledger(store(em)).init();
        ArgumentCaptor<SequenceEntity> created = ArgumentCaptor.forClass(SequenceEntity.class);
        verify(em, org.mockito.Mockito.times(2)).persist(created.capture());
        assertEquals(List.of("credit.grant.lock", "rebate.lock"), created.getAllValues().stream().map(SequenceEntity::getName).toList());
    }

    @Test
    void initSurvivesAnotherNodeCreatingTheRowsAtTheSameTime() {
        EntityManager em = mock(EntityManager.class);
        org.mockito.Mockito.doThrow(new PersistenceException("duplicate key")).when(em).flush();
        assertDoesNotThrow(() -> ledger(store(em)).init());
    }

    @Test
    void aLockRowIsLockedAndCreatedWhenMissing() {
        EntityManager em = mock(EntityManager.class);
        Ledger.lock(em, Ledger.REBATE_LOCK);
        verify(em).find(SequenceEntity.class, Ledger.REBATE_LOCK, LockModeType.PESSIMISTIC_WRITE);
        verify(em).persist(any(SequenceEntity.class));

        EntityManager present = mock(EntityManager.class);
        when(present.find(eq(SequenceEntity.class), eq(Ledger.REBATE_LOCK), eq(LockModeType.PESSIMISTIC_WRITE)))
                .thenReturn(new SequenceEntity(Ledger.REBATE_LOCK, 1));
        Ledger.lock(present, Ledger.REBATE_LOCK);
        verify(present, never()).persist(any());
    }
}
