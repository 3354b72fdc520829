package org.kehu.bench.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * The least work any ABC grading of a year must do, as a yardstick: one unordered scan of the live customers, one
 * unordered scan of the year's invoices summing net revenue (amount - discount) per customer into a primitive array,
 * and a sort of the revenues. Prints {@code abc-scan customers=N withRevenue=M invoices=K scanMillis=S sortMillis=T
 * millis=U}.
 */
@Service
@Command(scope = "kehu-bench", name = "abc-scan", description = "Raw JDBC scan and sort of a year's revenue per customer")
public class AbcScanCommand implements Action {

    @Reference(filter = "(osgi.jndi.service.name=kehu)")
    private DataSource dataSource;

    @Option(name = "--year", description = "The year (default: last year)")
    private int year = LocalDate.now().getYear() - 1;

    @Override
    public Object execute() throws Exception {
        long began = System.nanoTime();
        long customers = 0;
        long invoices = 0;
        long[] cents;
        long lo;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long hi;
            try (ResultSet r = s.executeQuery("SELECT MIN(ID), MAX(ID) FROM KEHU_CUSTOMER")) {
                r.next();
                lo = r.getLong(1);
                hi = r.getLong(2);
            }
            cents = new long[(int) (hi - lo + 1)];
            boolean[] live = new boolean[cents.length];
            try (ResultSet r = s.executeQuery("SELECT ID FROM KEHU_CUSTOMER WHERE DELETED_AT IS NULL")) {
                while (r.next()) {
                    live[(int) (r.getLong(1) - lo)] = true;
                    customers++;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT CUSTOMER_ID, AMOUNT, DISCOUNT FROM KEHU_INVOICE"
                    + " WHERE ISSUE_DATE >= ? AND ISSUE_DATE <= ?")) {
                ps.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
                ps.setDate(2, Date.valueOf(LocalDate.of(year, 12, 31)));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        int i = (int) (r.getLong(1) - lo);
                        if (i >= 0 && i < cents.length && live[i]) {
                            cents[i] += r.getBigDecimal(2).subtract(r.getBigDecimal(3)).movePointRight(2).longValue();
                        }
                        invoices++;
                    }
                }
            }
        }
        long scanned = System.nanoTime();
        int n = 0;
        for (long v : cents) {
            if (v > 0) {
                n++;
            }
        }
        long[] sorted = new long[n];
        int k = 0;
        for (long v : cents) {
            if (v > 0) {
                sorted[k++] = v;
            }
        }
        Arrays.sort(sorted);
        long done = System.nanoTime();
        System.out.println("abc-scan customers=" + customers + " withRevenue=" + n + " invoices=" + invoices
                + " scanMillis=" + (scanned - began) / 1_000_000 + " sortMillis=" + (done - scanned) / 1_000_000
                + " millis=" + (done - began) / 1_000_000);
        return null;
    }
}
