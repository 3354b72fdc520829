package org.kehu.platform.core.internal.grading;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.kehu.platform.core.internal.entity.GradeAssignmentEntity;

/**
 * Inserts a run's assignments as one JDBC batch on the entity manager's own connection, inside its transaction. The
 * assignments are write-once and never read back in the same transaction, so nothing is lost by bypassing the
 * persistence context, and one batch replaces a statement and an identity read per row.
 */
final class AssignmentWriter {

    private static final String INSERT = "INSERT INTO KEHU_GRADE_ASSIGNMENT (RUN_ID, CUSTOMER_ID, POLICY_ID,"
            + " POLICY_VERSION, PERIOD_LABEL, GRADE, REASON, FIGURES, ASSIGNED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AssignmentWriter() {
    }

    static void insert(EntityManager em, List<GradeAssignmentEntity> batch, Instant assignedAt) {
        if (batch.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(assignedAt);
        try (Connection c = em.unwrap(Connection.class); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (GradeAssignmentEntity a : batch) {
                ps.setLong(1, a.getRunId());
                ps.setLong(2, a.getCustomerId());
                ps.setString(3, a.getPolicyId());
                ps.setInt(4, a.getPolicyVersion());
                ps.setString(5, a.getPeriod());
                ps.setString(6, a.getGrade());
                ps.setString(7, a.getReason());
                if (a.getFigures() == null) {
                    ps.setNull(8, Types.VARCHAR);
                } else {
                    ps.setString(8, a.getFigures());
                }
                ps.setTimestamp(9, at);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Could not write " + batch.size() + " grade assignments", e);
        }
    }
}
