package org.kehu.platform.core.internal.service;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityExistsException;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.core.internal.entity.SequenceEntity;

/**
 * The transaction boundary of the core: every service method runs its work
 * through {@link #write} or {@link #read}. Nested calls join the surrounding
 * transaction, and any exception rolls the whole transaction back. Failures
 * that a retry may cure (a record changed or locked by someone else, a key
 * stored at the same time) become a {@link ConflictException}.
 */
public class Store {

    static final String CHANGED = "The record was changed by someone else; reload it and try again";
    static final String BUSY = "The record is being changed by someone else; try again";
    static final String DUPLICATE = "A record with the same number or key was stored at the same time; reload and try again";

    /** Derby's lock timeout (40XL1, 40XL2 with the lock table) and deadlock (40001). */
    private static final Set<String> LOCK_STATES = Set.of("40XL1", "40XL2", "40001");
    private static final String DUPLICATE_KEY_STATE = "23505";
    /** {@code ReferentialIntegrityException.IV_DUPLICATE_OID} and {@code IV_UNIQUE}. */
    private static final Set<Integer> DUPLICATE_VIOLATIONS = Set.of(1, 2);

    private final JpaTemplate jpa;

    public Store(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public <R> R write(EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    public <R> R read(EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Draws the next value of a named counter under a row lock; must run inside {@link #write}. */
    public static long nextValue(EntityManager em, String name) {
        SequenceEntity sequence = lockRow(em, name);
        long value = sequence.getNextValue();
        sequence.setNextValue(value + 1);
        return value;
    }

    /**
     * Locks a named row of {@code KEHU_SEQUENCE} for the rest of the transaction, creating it when it is missing
     * (the insert holds the row until the transaction ends); must run inside {@link #write}.
     */
    public static SequenceEntity lockRow(EntityManager em, String name) {
        SequenceEntity row = em.find(SequenceEntity.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new SequenceEntity(name, 1);
            em.persist(row);
            em.flush();
        }
        return row;
    }

    /** The exception to raise for a failure: a conflict when retrying may succeed, else the failure itself. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ConflictException) {
            return e;
        }
        String conflict = conflict(e);
        if (conflict == null) {
            return e;
        }
        ConflictException c = new ConflictException(conflict);
        c.initCause(e);
        return c;
    }

    /**
     * What a failure means to the caller: {@link #CHANGED} for an optimistic-lock failure, {@link #BUSY} for a lock
     * timeout or deadlock, {@link #DUPLICATE} for a duplicate key; {@code null} for anything else. The SQL state of a
     * {@link SQLException} in the cause chain decides; without one, the persistence provider's exception does.
     */
    static String conflict(Throwable e) {
        List<Throwable> chain = chain(e);
        for (Throwable t : chain) {
            if (t instanceof OptimisticLockException || t.getClass().getName().equals("org.apache.openjpa.util.OptimisticException")) {
                return CHANGED;
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                if (LOCK_STATES.contains(s.getSQLState())) {
                    return BUSY;
                }
                if (DUPLICATE_KEY_STATE.equals(s.getSQLState())) {
                    return DUPLICATE;
                }
            }
        }
        for (Throwable t : chain) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || isA(t, "org.apache.openjpa.util.LockException")) {
                return BUSY;
            }
            if (isA(t, "org.apache.openjpa.util.ReferentialIntegrityException") && isDuplicate(t)) {
                return DUPLICATE;
            }
            if (t instanceof EntityExistsException) {
                return DUPLICATE;
            }
        }
        return null;
    }

    /** The failure, its causes and the SQL exceptions chained to them, each once, outermost first. */
    private static List<Throwable> chain(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty() && chain.size() < 100) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            chain.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException s && s.getNextException() != null) {
                todo.add(s.getNextException());
            }
        }
        return chain;
    }

    private static boolean isA(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** Whether OpenJPA reports a duplicate key (not a missing reference) as the integrity violation. */
    private static boolean isDuplicate(Throwable t) {
        try {
            Object violation = t.getClass().getMethod("getIntegrityViolation").invoke(t);
            return violation instanceof Integer i && DUPLICATE_VIOLATIONS.contains(i);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
