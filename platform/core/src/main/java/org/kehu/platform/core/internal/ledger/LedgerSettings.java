package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.core.internal.rules.Aging;
import org.kehu.platform.core.internal.rules.RebateTiers;
import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger and credit settings (PID {@code org.kehu.platform.ledger}, file
 * {@code etc/org.kehu.platform.ledger.cfg}). A change of the file applies at once,
 * without restarting anything; an invalid file is refused as a whole and the
 * previous settings stay in force.
 */
public class LedgerSettings implements ManagedService {

    public static final String PID = "org.kehu.platform.ledger";

    private static final Logger LOG = LoggerFactory.getLogger(LedgerSettings.class);

    /** One consistent set of values; replaced as a whole on every update. */
    public record Values(
            String currency,
            int defaultPaymentTermDays,
            BigDecimal totalCreditCap,
            int temporaryCreditMaxDays,
            BigDecimal officeMeetingAbove,
            BigDecimal groupAbove,
            Aging aging,
            BigDecimal quantityTolerance,
            BigDecimal warningExposureShare,
            int warningTemporaryCreditDays,
            int warningScanMinutes,
            RebateTiers rebateTiers,
            boolean rebateRequireNoOverdue,
            Set<CreditListType> rebateExcludedLists,
            BigDecimal rebateMinimumCollectionRate) {
    }

    private volatile Values values;

    public LedgerSettings() {
        this.values = parse(new Hashtable<>());
    }

    public Values values() {
        return values;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        try {
            values = parse(properties == null ? new Hashtable<>() : properties);
            LOG.info("Ledger settings applied: {}", values);
        } catch (IllegalArgumentException e) {
            LOG.error("Ledger settings refused, the previous ones stay in force: {}", e.getMessage());
            throw new ConfigurationException(null, e.getMessage(), e);
        }
    }

    static Values parse(Dictionary<String, ?> p) {
        String currency = text(p, "ledger.currency", "CNY");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("ledger.currency must be a three-letter ISO 4217 code");
        }
        fraction(p, "shipment.quantity.tolerance", "0", false);
        fraction(p, "warning.exposure.share", "0.90", true);
        fraction(p, "rebate.minimumCollectionRate", "0.80", false);
        if (decimal(p, "contract.approval.officeMeeting.above", "3000000")
                .compareTo(decimal(p, "contract.approval.group.above", "20000000")) > 0) {
            throw new IllegalArgumentException(
                    "contract.approval.officeMeeting.above must not be above contract.approval.group.above");
        }
        return new Values(
                currency,
                integer(p, "credit.paymentTermDays.default", 30, 0, 365),
                decimal(p, "credit.total.cap", "50000000"),
                integer(p, "credit.temporary.maxDays", 90, 1, 366),
                decimal(p, "contract.approval.officeMeeting.above", "3000000"),
                decimal(p, "contract.approval.group.above", "20000000"),
                Aging.parse(text(p, "receivables.aging.buckets", "30, 90, 180, 365")),
                decimal(p, "shipment.quantity.tolerance", "0"),
                decimal(p, "warning.exposure.share", "0.90"),
                integer(p, "warning.temporaryCredit.days", 15, 0, 366),
                integer(p, "warning.scan.minutes", 60, 0, 24 * 60),
                RebateTiers.parse(text(p, "rebate.tiers", "1000000:0.01, 3000000:0.02, 5000000:0.03")),
                bool(p, "rebate.requireNoOverdue", true),
                lists(text(p, "rebate.excludedLists", "GREY, BLACK")),
                decimal(p, "rebate.minimumCollectionRate", "0.80"));
    }

    private static String text(Dictionary<String, ?> p, String key, String fallback) {
        Object v = p.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString().strip();
    }

    private static int integer(Dictionary<String, ?> p, String key, int fallback, int min, int max) {
        String v = text(p, key, Integer.toString(fallback));
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw new IllegalArgumentException(key + " must be between " + min + " and " + max);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + v);
        }
    }

    private static BigDecimal decimal(Dictionary<String, ?> p, String key, String fallback) {
        String v = text(p, key, fallback);
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                throw new IllegalArgumentException(key + " must not be negative");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number: " + v);
        }
    }

    private static boolean bool(Dictionary<String, ?> p, String key, boolean fallback) {
        String v = text(p, key, Boolean.toString(fallback)).toLowerCase();
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false: " + v);
        }
        return Boolean.parseBoolean(v);
    }

    /** A share between 0 and 1; {@code positive} excludes 0. */
    private static BigDecimal fraction(Dictionary<String, ?> p, String key, String fallback, boolean positive) {
        BigDecimal d = decimal(p, key, fallback);
        if (d.compareTo(BigDecimal.ONE) > 0 || (positive && d.signum() == 0)) {
            throw new IllegalArgumentException(key + " must be " + (positive ? "above 0" : "between 0") + " and at most 1");
        }
        return d;
    }

    private static Set<CreditListType> lists(String v) {
        List<CreditListType> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                try {
                    out.add(CreditListType.valueOf(s.strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("rebate.excludedLists: unknown list " + s.strip());
                }
            }
        }
        return out.isEmpty() ? Set.of() : EnumSet.copyOf(out);
    }
}
