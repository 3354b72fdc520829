package org.kehu.platform.core.internal.service;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.core.internal.entity.SequenceEntity;

/**
 * The transaction boundary of the core: every service method runs its work
 * through {@link #write} or {@link #read}. Nested calls join the surrounding
 * transaction, and any exception rolls the whole transaction back.
 */
public class Store {

    private final JpaTemplate jpa;

    public Store(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public <R> R write(EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (PersistenceException e) {
            if (isOptimisticLockFailure(e)) {
                throw new ConflictException("The record was changed by someone else; reload it and try again");
            }
            throw e;
        }
    }

    public <R> R read(EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /** Draws the next value of a named counter under a row lock; must run inside {@link #write}. */
    public static long nextValue(EntityManager em, String name) {
        SequenceEntity sequence = em.find(SequenceEntity.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            sequence = new SequenceEntity(name, 1);
            em.persist(sequence);
            em.flush();
        }
        long value = sequence.getNextValue();
        sequence.setNextValue(value + 1);
        return value;
    }

    private static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.apache.openjpa.util.OptimisticException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
