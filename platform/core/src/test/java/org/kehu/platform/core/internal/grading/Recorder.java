package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.platform.api.spi.GradeSink;

/** Keeps what a grader assigns, by customer. */
final class Recorder implements GradeSink {

    record Assigned(String grade, String reason, Map<String, Object> figures) {
    }

    final Map<Long, Assigned> byCustomer = new LinkedHashMap<>();

    @Override
    public void assign(long customerId, String grade, String reason, Map<String, Object> figures) {
        if (byCustomer.put(customerId, new Assigned(grade, reason, figures)) != null) {
            throw new AssertionError("customer " + customerId + " graded twice");
        }
    }

    String grade(long id) {
        return byCustomer.get(id).grade();
    }

    static Subject subject(long id, String revenue, String cost, String cashShare) {
        Subject s = new Subject();
        s.customerId = id;
        s.revenue = new BigDecimal(revenue);
        s.grossProfit = s.revenue.subtract(new BigDecimal(cost));
        s.grossMargin = org.kehu.platform.core.internal.rules.Amounts.ratio(s.grossProfit, s.revenue);
        s.cashOnDeliveryShare = cashShare == null ? null : new BigDecimal(cashShare);
        return s;
    }
}
