package org.kehu.platform.core.internal.grading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.grading.GradeAssignment;
import org.kehu.platform.api.grading.GradingRun;
import org.kehu.platform.api.grading.GradingRunState;
import org.kehu.platform.api.grading.GradingService;
import org.kehu.platform.api.spi.Extension;
import org.kehu.platform.api.spi.ExtensionCatalog;
import org.kehu.platform.api.spi.GradeSink;
import org.kehu.platform.api.spi.GradingFigures;
import org.kehu.platform.api.spi.Grader;
import org.kehu.platform.api.spi.GradingPolicy;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.core.internal.entity.GradeAssignmentEntity;
import org.kehu.platform.core.internal.entity.GradingPolicyStateEntity;
import org.kehu.platform.core.internal.entity.GradingRunEntity;
import org.kehu.platform.core.internal.ledger.EventBus;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.rules.Periods;
import org.kehu.platform.core.internal.rules.Texts;
import org.kehu.platform.core.internal.rules.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs grading policies as jobs, one at a time on one thread. A run streams the customers in id order in chunks,
 * derives each chunk's figures with a few set queries, hands them to the policy's {@link Grader} through one reused
 * {@link Subject}, and writes the assignments one transaction per chunk. Only when the whole population is graded
 * does the policy's state point at the run, so a failed run leaves the previous grades in force. Grade changes are
 * published (topic {@link #GRADED}) once the run succeeded, when the policy had a succeeded run before.
 */
public class GradingServiceImpl implements GradingService {

    public static final String GRADED = "org/kehu/customer/GRADED";

    static final int CHUNK = 2000;
    /** Assignments written per transaction: fewer, larger commits cost the database fewer log flushes. */
    static final int WRITE_BATCH = 10_000;
    private static final int EVENT_BATCH = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(GradingServiceImpl.class);

    private final Ledger ledger;
    private final ExtensionCatalog catalog;
    private final GradingSettings settings;
    private final EventBus events;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kehu-grading");
        t.setDaemon(true);
        return t;
    });

    public GradingServiceImpl(Ledger ledger, ExtensionCatalog catalog, GradingSettings settings, EventBus events) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.settings = settings;
        this.events = events;
    }

    /** Runs left queued or running by a stop never finish: they are marked failed. */
    public void init() {
        try {
            ledger.write((em, raised) -> em.createQuery("UPDATE GradingRunEntity r SET r.state = :failed,"
                    + " r.error = :why WHERE r.state = :queued OR r.state = :running")
                    .setParameter("failed", GradingRunState.FAILED).setParameter("why", "Interrupted by a restart")
                    .setParameter("queued", GradingRunState.QUEUED).setParameter("running", GradingRunState.RUNNING)
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warn("Could not mark interrupted grading runs as failed", e);
        }
    }

    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public GradingRun start(Actor actor, String policyId, String period) {
        Violations v = new Violations();
        String id = Texts.clean(policyId);
        GradingPolicy policy = null;
        if (id == null) {
            v.add("policy", "is required");
        } else if ((policy = catalog.gradingPolicy(id).orElse(null)) == null) {
            v.add("policy", "is not an installed grading policy: " + id);
        }
        Periods.Period p = null;
        if (Texts.clean(period) == null) {
            v.add("period", "is required");
        } else if ((p = Periods.parse(period)) == null) {
            v.add("period", "must be a year (2026), a quarter (2026-Q3) or a month (2026-07)");
        }
        v.throwIfAny();
        GradingPolicy chosen = policy;
        String label = p.label();
        GradingRun run = ledger.write((em, raised) -> {
            GradingRunEntity e = new GradingRunEntity();
            e.setPolicyId(id);
            e.setPolicyVersion(chosen.version());
            e.setPeriod(label);
            e.setState(GradingRunState.QUEUED);
            e.setRequestedBy(actor == null ? "system" : actor.user());
            e.setRequestedAt(ledger.clock().instant());
            em.persist(e);
            em.flush();
            return record(e);
        });
        executor.execute(() -> execute(run.id()));
        return run;
    }

    @Override
    public GradingRun run(Actor actor, long id) {
        return ledger.read(em -> record(find(em, id)));
    }

    @Override
    public Page<GradingRun> runs(Actor actor, String policyId, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> Ledger.map(ledger.page(em, GradingRunEntity.class,
                new Ledger.Filter().eq("policyId", Texts.clean(policyId)), "e.id DESC", page, pageSize),
                GradingServiceImpl::record));
    }

    @Override
    public List<GradeAssignment> current(Actor actor, long customerId) {
        return ledger.read(em -> {
            Ledger.customer(em, customerId);
            return em.createQuery("SELECT a FROM GradeAssignmentEntity a, GradingPolicyStateEntity s"
                    + " WHERE s.runId = a.runId AND a.customerId = :c ORDER BY a.policyId", GradeAssignmentEntity.class)
                    .setParameter("c", customerId).getResultList().stream().map(GradingServiceImpl::record).toList();
        });
    }

    @Override
    public List<GradeAssignment> history(Actor actor, long customerId, String policyId) {
        String policy = Texts.clean(policyId);
        return ledger.read(em -> {
            Ledger.customer(em, customerId);
            TypedQuery<GradeAssignmentEntity> q = em.createQuery("SELECT a FROM GradeAssignmentEntity a, GradingRunEntity r"
                    + " WHERE r.id = a.runId AND r.state = :ok AND a.customerId = :c"
                    + (policy == null ? "" : " AND a.policyId = :p") + " ORDER BY a.runId DESC", GradeAssignmentEntity.class)
                    .setParameter("ok", GradingRunState.SUCCEEDED).setParameter("c", customerId);
            if (policy != null) {
                q.setParameter("p", policy);
            }
            return q.getResultList().stream().map(GradingServiceImpl::record).toList();
        });
    }

    private static GradingRunEntity find(EntityManager em, long id) {
        GradingRunEntity e = em.find(GradingRunEntity.class, id);
        if (e == null) {
            throw new NotFoundException("No grading run with id " + id);
        }
        return e;
    }

    static GradingRun record(GradingRunEntity e) {
        return new GradingRun(e.getId(), e.getPolicyId(), e.getPolicyVersion(), e.getPeriod(), e.getState(), e.getTotal(),
                e.getProcessed(), e.getError(), e.getRequestedBy(), e.getRequestedAt(), e.getStartedAt(), e.getFinishedAt(),
                e.getComputeMillis(), e.getPersistMillis());
    }

    static GradeAssignment record(GradeAssignmentEntity e) {
        return new GradeAssignment(e.getCustomerId(), e.getPolicyId(), e.getPolicyVersion(), e.getPeriod(), e.getGrade(),
                e.getReason(), Figures.decode(e.getFigures()), e.getRunId(), e.getAssignedAt());
    }

    // ---------------------------------------------------------------- the job

    private void execute(long runId) {
        try {
            grade(runId);
        } catch (Throwable t) {
            LOG.warn("Grading run {} failed", runId, t);
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            String error = message.length() > 1000 ? message.substring(0, 1000) : message;
            try {
                ledger.write((em, raised) -> {
                    GradingRunEntity e = find(em, runId);
                    e.setState(GradingRunState.FAILED);
                    e.setError(error);
                    e.setFinishedAt(ledger.clock().instant());
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("Could not record the failure of grading run {}", runId, e);
            }
        }
    }

    private void grade(long runId) {
        GradingRunEntity run = ledger.read(em -> find(em, runId));
        String policyId = run.getPolicyId();
        GradingPolicy policy = catalog.gradingPolicy(policyId)
                .orElseThrow(() -> new IllegalStateException("The grading policy " + policyId + " is no longer installed"));
        String industry = catalog.extensions(Locale.ENGLISH).stream()
                .filter(x -> x.kind().equals("grading-policy") && x.id().equals(policyId))
                .map(Extension::industry).findFirst().orElse("*");
        String onlyIndustry = industry == null || industry.equals("*") ? null : industry;
        Periods.Period period = Periods.parse(run.getPeriod());
        Grader grader = policy.grader(period.label(), settings.forPolicy(policyId));
        Set<GradingFigures> figures = Set.copyOf(policy.figures());
        LocalDate today = ledger.today();

        long total = ledger.write((em, raised) -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c WHERE c.deletedAt IS NULL"
                    + (onlyIndustry == null ? "" : " AND c.industry = :ind"), Long.class);
            if (onlyIndustry != null) {
                count.setParameter("ind", onlyIndustry);
            }
            long n = count.getSingleResult();
            GradingRunEntity e = find(em, runId);
            e.setState(GradingRunState.RUNNING);
            e.setStartedAt(ledger.clock().instant());
            e.setTotal(n);
            e.setPolicyVersion(policy.version());
            return n;
        });
        Long previous = ledger.read(em -> {
            GradingPolicyStateEntity s = em.find(GradingPolicyStateEntity.class, policyId);
            return s == null ? null : s.getRunId();
        });

        long began = System.nanoTime();
        Sink sink = new Sink(runId, policyId, policy.version(), period.label(), previous);
        Subject subject = new Subject();
        long last = 0;
        long processed = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("The grading run was stopped");
            }
            long from = last;
            List<Object[]> rows = ledger.read(em -> Population.chunk(em, from, onlyIndustry, period, today, figures));
            if (rows.isEmpty()) {
                break;
            }
            for (Object[] row : rows) {
                Population.fill(subject, row, figures);
                grader.accept(subject, sink);
            }
            processed += rows.size();
            last = (Long) rows.get(rows.size() - 1)[0];
            sink.progress(processed);
        }
        grader.finish(sink);
        long done = processed;
        sink.flush(done);
        long persistMillis = sink.persistNanos / 1_000_000;
        long computeMillis = Math.max(0, (System.nanoTime() - began) / 1_000_000 - persistMillis);
        ledger.write((em, raised) -> {
            GradingPolicyStateEntity s = em.find(GradingPolicyStateEntity.class, policyId);
            if (s == null) {
                em.persist(new GradingPolicyStateEntity(policyId, runId));
            } else {
                s.setRunId(runId);
            }
            GradingRunEntity e = find(em, runId);
            e.setState(GradingRunState.SUCCEEDED);
            e.setProcessed(done);
            e.setTotal(Math.max(e.getTotal(), done));
            e.setComputeMillis(computeMillis);
            e.setPersistMillis(persistMillis);
            e.setFinishedAt(ledger.clock().instant());
            return null;
        });
        sink.changes.publish(policyId);
    }

    /** Buffers assignments and writes them one transaction per chunk, noting grade changes against the previous run. */
    private final class Sink implements GradeSink {

        private final long runId;
        private final String policyId;
        private final int version;
        private final String period;
        private final Long previous;
        private final List<GradeAssignmentEntity> buffer = new ArrayList<>(WRITE_BATCH);
        final Changes changes = new Changes();
        long persistNanos;

        Sink(long runId, String policyId, int version, String period, Long previous) {
            this.runId = runId;
            this.policyId = policyId;
            this.version = version;
            this.period = period;
            this.previous = previous;
        }

        @Override
        public void assign(long customerId, String grade, String reason, Map<String, Object> figures) {
            if (grade == null || grade.isBlank() || grade.length() > 16) {
                throw new IllegalArgumentException("Grading policy " + policyId + " gave customer " + customerId
                        + " an invalid grade: " + grade);
            }
            GradeAssignmentEntity e = new GradeAssignmentEntity();
            e.setRunId(runId);
            e.setCustomerId(customerId);
            e.setPolicyId(policyId);
            e.setPolicyVersion(version);
            e.setPeriod(period);
            e.setGrade(grade);
            String why = reason == null || reason.isBlank() ? "-" : reason;
            e.setReason(why.length() > 1000 ? why.substring(0, 1000) : why);
            String text = Figures.encode(figures);
            e.setFigures(text != null && text.length() > 4000 ? text.substring(0, 4000) : text);
            buffer.add(e);
            if (buffer.size() >= WRITE_BATCH) {
                flush(-1);
            }
        }

        /** Records the progress, with the buffered assignments once they fill a write batch. */
        void progress(long processed) {
            if (buffer.size() >= WRITE_BATCH / 2) {
                flush(processed);
                return;
            }
            long began = System.nanoTime();
            ledger.write((em, raised) -> {
                find(em, runId).setProcessed(processed);
                return null;
            });
            persistNanos += System.nanoTime() - began;
        }

        /** Writes the buffered assignments and, unless {@code processed} is negative, the progress. */
        void flush(long processed) {
            if (buffer.isEmpty() && processed < 0) {
                return;
            }
            List<GradeAssignmentEntity> batch = new ArrayList<>(buffer);
            buffer.clear();
            long began = System.nanoTime();
            Instant now = ledger.clock().instant();
            ledger.write((em, raised) -> {
                if (previous != null && !batch.isEmpty()) {
                    long lo = Long.MAX_VALUE;
                    long hi = Long.MIN_VALUE;
                    for (GradeAssignmentEntity a : batch) {
                        lo = Math.min(lo, a.getCustomerId());
                        hi = Math.max(hi, a.getCustomerId());
                    }
                    Map<Long, String> before = new HashMap<>();
                    for (Object[] r : em.createQuery("SELECT a.customerId, a.grade FROM GradeAssignmentEntity a"
                            + " WHERE a.runId = :prev AND a.customerId >= :lo AND a.customerId <= :hi", Object[].class)
                            .setParameter("prev", previous).setParameter("lo", lo).setParameter("hi", hi).getResultList()) {
                        before.put((Long) r[0], (String) r[1]);
                    }
                    for (GradeAssignmentEntity a : batch) {
                        String from = before.get(a.getCustomerId());
                        if (!a.getGrade().equals(from)) {
                            changes.add(a.getCustomerId(), from, a.getGrade());
                        }
                    }
                }
                AssignmentWriter.insert(em, batch, now);
                if (processed >= 0) {
                    find(em, runId).setProcessed(processed);
                }
                return null;
            });
            persistNanos += System.nanoTime() - began;
        }
    }

    /** Grade changes in compact form (an id and two small codes each), published once the run succeeded. */
    private final class Changes {

        private final List<String> codes = new ArrayList<>();
        private long[] ids = new long[64];
        private short[] from = new short[64];
        private short[] to = new short[64];
        private int size;

        void add(long customerId, String before, String after) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            ids[size] = customerId;
            from[size] = code(before);
            to[size] = code(after);
            size++;
        }

        private short code(String grade) {
            if (grade == null) {
                return -1;
            }
            int i = codes.indexOf(grade);
            if (i < 0) {
                codes.add(grade);
                i = codes.size() - 1;
            }
            return (short) i;
        }

        void publish(String policyId) {
            Instant now = ledger.clock().instant();
            List<KehuEvent> batch = new ArrayList<>(Math.min(size, EVENT_BATCH));
            for (int i = 0; i < size; i++) {
                Map<String, Object> p = new HashMap<>();
                p.put("customerId", ids[i]);
                p.put("policyId", policyId);
                if (from[i] >= 0) {
                    p.put("from", codes.get(from[i]));
                }
                p.put("to", codes.get(to[i]));
                batch.add(new KehuEvent(GRADED, p, now));
                if (batch.size() == EVENT_BATCH) {
                    events.publish(batch);
                    batch = new ArrayList<>(EVENT_BATCH);
                }
            }
            events.publish(batch);
        }
    }
}
