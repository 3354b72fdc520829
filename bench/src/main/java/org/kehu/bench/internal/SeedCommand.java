package org.kehu.bench.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Loads customers with a year of invoices into the platform's own tables with JDBC batches, committing every chunk.
 * Per customer: one to three invoices in the year (revenue, cost, discount; most settled, some open and overdue), and
 * one customer in ten without sales. Prints {@code seeded customers=N invoices=M millis=T}.
 */
@Service
@Command(scope = "kehu-bench", name = "seed", description = "Loads N customers with a year of invoices")
public class SeedCommand implements Action {

    private static final int CHUNK = 10_000;
    private static final String[] INDUSTRIES = {"cement", "manufacturing", "retail", "logistics", "telecom"};
    private static final String[] REGIONS = {"湖北·武汉", "广东·广州", "江苏·南京", "四川·成都", "北京"};
    private static final String[] OWNERS = {"am1", "am2"};

    @Reference(filter = "(osgi.jndi.service.name=kehu)")
    private DataSource dataSource;

    @Argument(index = 0, name = "count", required = true, description = "How many customers")
    private int count;

    @Option(name = "--year", description = "The year of the invoices (default: last year)")
    private int year = LocalDate.now().getYear() - 1;

    @Option(name = "--seed", description = "Random seed")
    private long seed = 42;

    @Override
    public Object execute() throws Exception {
        long began = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        Timestamp now = Timestamp.from(Instant.now());
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        long invoices = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO KEHU_CUSTOMER (CUSTOMER_NUMBER, PARTY_TYPE,"
                    + " NAME, NAME_KEY, INDUSTRY, REGION, OWNER, STATUS, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY,"
                    + " VERSION) VALUES (?, 'ORGANIZATION', ?, ?, ?, ?, ?, 'ACTIVE', ?, 'bench', ?, 'bench', 1)");
                 PreparedStatement invoice = c.prepareStatement("INSERT INTO KEHU_INVOICE (INVOICE_NUMBER, CUSTOMER_ID,"
                    + " ISSUE_DATE, DUE_DATE, AMOUNT, COST, PAID_AMOUNT, DISCOUNT, PAYMENT_MODE, SETTLED_ON, CREATED_AT,"
                    + " CREATED_BY, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 1)");
                 PreparedStatement ids = c.prepareStatement("SELECT ID FROM KEHU_CUSTOMER WHERE ID > ? ORDER BY ID")) {
                long last = maxId(c);
                for (int done = 0; done < count; done += CHUNK) {
                    int n = Math.min(CHUNK, count - done);
                    for (int i = 0; i < n; i++) {
                        String number = "BN" + run + "-" + (done + i);
                        String name = "基准客户" + run + "-" + (done + i);
                        customer.setString(1, number);
                        customer.setString(2, name);
                        customer.setString(3, name.toUpperCase());
                        customer.setString(4, INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
                        customer.setString(5, REGIONS[random.nextInt(REGIONS.length)]);
                        customer.setString(6, OWNERS[random.nextInt(OWNERS.length)]);
                        customer.setTimestamp(7, now);
                        customer.setTimestamp(8, now);
                        customer.addBatch();
                        if ((i + 1) % 1000 == 0) {
                            customer.executeBatch();
                        }
                    }
                    customer.executeBatch();
                    ids.setLong(1, last);
                    int k = 0;
                    try (ResultSet r = ids.executeQuery()) {
                        while (r.next()) {
                            long id = r.getLong(1);
                            last = id;
                            if (random.nextInt(10) == 0) {
                                continue;
                            }
                            int perCustomer = 1 + random.nextInt(3);
                            for (int j = 0; j < perCustomer; j++) {
                                addInvoice(invoice, random, "BI" + run + "-" + id + "-" + j, id);
                                invoices++;
                                if (++k % 1000 == 0) {
                                    invoice.executeBatch();
                                }
                            }
                        }
                    }
                    invoice.executeBatch();
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.println("seeded customers=" + count + " invoices=" + invoices + " millis=" + millis);
        return null;
    }

    private void addInvoice(PreparedStatement ps, SplittableRandom random, String number, long customerId)
            throws SQLException {
        LocalDate issued = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        LocalDate due = issued.plusDays(30);
        // revenue spread over four orders of magnitude, so that ABC has a long tail
        BigDecimal amount = BigDecimal.valueOf((long) Math.pow(10, 3 + random.nextDouble() * 4) * 100, 2);
        BigDecimal cost = amount.multiply(BigDecimal.valueOf(60 + random.nextInt(45), 2)).setScale(2, RoundingMode.HALF_UP);
        boolean settled = random.nextInt(5) != 0;
        ps.setString(1, number);
        ps.setLong(2, customerId);
        ps.setDate(3, Date.valueOf(issued));
        ps.setDate(4, Date.valueOf(due));
        ps.setBigDecimal(5, amount);
        ps.setBigDecimal(6, cost);
        ps.setBigDecimal(7, settled ? amount : BigDecimal.ZERO.setScale(2));
        ps.setBigDecimal(8, random.nextInt(10) == 0 ? amount.movePointLeft(2).setScale(2, RoundingMode.DOWN)
                : BigDecimal.ZERO.setScale(2));
        ps.setString(9, random.nextInt(4) == 0 ? "CASH_ON_DELIVERY" : "CREDIT");
        ps.setDate(10, settled ? Date.valueOf(due.minusDays(random.nextInt(30))) : null);
        ps.setTimestamp(11, Timestamp.valueOf(issued.atStartOfDay()));
        ps.addBatch();
    }

    private static long maxId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(ID) FROM KEHU_CUSTOMER")) {
            r.next();
            return r.getLong(1);
        }
    }
}
