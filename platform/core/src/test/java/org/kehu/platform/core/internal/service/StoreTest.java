package org.kehu.platform.core.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import javax.persistence.EntityExistsException;
import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.PessimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.openjpa.util.LockException;
import org.apache.openjpa.util.OptimisticException;
import org.apache.openjpa.util.ReferentialIntegrityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.NotFoundException;

/** Which persistence failures the store answers with a conflict, and with which message. */
class StoreTest {

    private static final String CHANGED = "The record was changed by someone else; reload it and try again";
    private static final String BUSY = "The record is being changed by someone else; try again";
    private static final String DUPLICATE = "A record with the same number or key was stored at the same time; reload and try"
            + " again";

    private static PersistenceException wrapped(Throwable cause) {
        return new PersistenceException("flush failed", new RuntimeException("provider", cause));
    }

    @ParameterizedTest
    @ValueSource(strings = {"40XL1", "40XL2", "40001"})
    void lockTimeoutsAndDeadlocksAreBusy(String state) {
        assertEquals(BUSY, Store.conflict(wrapped(new SQLTransactionRollbackException("lock", state))));
        assertEquals(BUSY, Store.conflict(wrapped(new SQLException("lock", state))));
    }

    @Test
    void aDuplicateKeyIsADuplicate() {
        assertEquals(DUPLICATE, Store.conflict(wrapped(new SQLIntegrityConstraintViolationException("dup", "23505"))));
    }

    @Test
    void otherSqlFailuresAreNoConflict() {
        assertNull(Store.conflict(wrapped(new SQLIntegrityConstraintViolationException("fk", "23503"))));
        assertNull(Store.conflict(wrapped(new SQLException("syntax", "42X01"))));
        assertNull(Store.conflict(wrapped(new SQLException("no state"))));
        assertNull(Store.conflict(new IllegalStateException("bug")));
    }

    @Test
    void theSqlStateIsFoundInChainedSqlExceptions() {
        SQLException batch = new BatchUpdateException("batch failed", "XJ208", new int[0]);
        batch.setNextException(new SQLException("dup", "23505"));
        assertEquals(DUPLICATE, Store.conflict(wrapped(batch)));
    }

    @Test
    void theSqlStateDecidesBeforeTheProviderException() {
        // OpenJPA reports missing references as referential integrity too: the SQL state tells them apart
        ReferentialIntegrityException fk = new ReferentialIntegrityException("fk");
        fk.setCause(new SQLException("fk", "23503"));
        assertNull(Store.conflict(new PersistenceException(fk)));
    }

    @Test
    void optimisticLockFailuresAreChanges() {
        assertEquals(CHANGED, Store.conflict(new OptimisticLockException("stale")));
        assertEquals(CHANGED, Store.conflict(wrapped(new OptimisticException("stale"))));
    }

    @Test
    void providerLockFailuresAreBusy() {
        assertEquals(BUSY, Store.conflict(wrapped(new LockException("row"))));
        assertEquals(BUSY, Store.conflict(new PessimisticLockException("row")));
        assertEquals(BUSY, Store.conflict(new LockTimeoutException("row")));
    }

    @Test
    void providerDuplicatesAreDuplicates() {
        assertEquals(DUPLICATE, Store.conflict(wrapped(new ReferentialIntegrityException(ReferentialIntegrityException.IV_UNIQUE))));
        assertEquals(DUPLICATE,
                Store.conflict(wrapped(new ReferentialIntegrityException(ReferentialIntegrityException.IV_DUPLICATE_OID))));
        assertEquals(DUPLICATE, Store.conflict(new EntityExistsException("exists")));
        assertNull(Store.conflict(wrapped(new ReferentialIntegrityException(ReferentialIntegrityException.IV_REFERENCE))));
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertNull(Store.conflict(a));
    }

    @Test
    void writeAndReadAnswerAConflict() {
        JpaTemplate jpa = mock(JpaTemplate.class);
        PersistenceException failure = wrapped(new SQLException("lock", "40XL1"));
        when(jpa.txExpr(any(), any())).thenThrow(failure);
        Store store = new Store(jpa);
        ConflictException e = assertThrows(ConflictException.class, () -> store.write(em -> null));
        assertEquals(BUSY, e.getMessage());
        assertSame(failure, e.getCause());
        assertEquals(BUSY, assertThrows(ConflictException.class, () -> store.read(em -> null)).getMessage());
    }

    @Test
    void aFailureAtCommitIsFoundThroughTheTransactionsWrapper() {
        JpaTemplate jpa = mock(JpaTemplate.class);
        when(jpa.txExpr(any(), any())).thenThrow(new RuntimeException("commit failed",
                new IllegalStateException("rolled back", wrapped(new SQLException("dup", "23505")))));
        assertEquals(DUPLICATE, assertThrows(ConflictException.class, () -> new Store(jpa).write(em -> null)).getMessage());
    }

    @Test
    void otherFailuresPassUnchanged() {
        JpaTemplate jpa = mock(JpaTemplate.class);
        NotFoundException notFound = new NotFoundException("No customer with id 7");
        ConflictException conflict = new ConflictException("Contract HT1 is already recorded");
        PersistenceException broken = new PersistenceException("broken", new SQLException("syntax", "42X01"));
        Store store = new Store(jpa);
        doThrow(notFound).when(jpa).txExpr(any(), any());
        assertSame(notFound, assertThrows(NotFoundException.class, () -> store.write(em -> null)));
        doThrow(conflict).when(jpa).txExpr(any(), any());
        assertSame(conflict, assertThrows(ConflictException.class, () -> store.write(em -> null)));
        doThrow(broken).when(jpa).txExpr(any(), any());
        assertSame(broken, assertThrows(PersistenceException.class, () -> store.write(em -> null)));
    }
}
