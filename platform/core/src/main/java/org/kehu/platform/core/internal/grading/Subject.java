package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.spi.GradingFigures;
import org.kehu.platform.api.spi.GradingSubject;

/** The one mutable subject the engine refills for every customer of a run. */
final class Subject implements GradingSubject {

    long customerId;
    String industry;
    String region;
    String owner;
    BigDecimal revenue;
    BigDecimal grossProfit;
    BigDecimal grossMargin;
    BigDecimal cashOnDeliveryShare;
    BigDecimal openReceivables;
    BigDecimal overdueReceivables;
    Integer oldestOverdueDays;
    String creditRating;
    Map<String, Object> attributes = Map.of();
    Set<GradingFigures> figures = EnumSet.allOf(GradingFigures.class);

    private void need(GradingFigures group, String figure) {
        if (!figures.contains(group)) {
            throw new IllegalStateException("The policy reads " + figure + " but does not ask for the figures "
                    + group + " (GradingPolicy.figures())");
        }
    }

    @Override public long customerId() { return customerId; }
    @Override public String industry() { return industry; }
    @Override public String region() { return region; }
    @Override public String owner() { return owner; }
    @Override public BigDecimal revenue() { need(GradingFigures.SALES, "revenue"); return revenue; }
    @Override public BigDecimal grossProfit() { need(GradingFigures.SALES, "grossProfit"); return grossProfit; }
    @Override public BigDecimal grossMargin() { need(GradingFigures.SALES, "grossMargin"); return grossMargin; }
    @Override public BigDecimal cashOnDeliveryShare() { need(GradingFigures.SALES, "cashOnDeliveryShare"); return cashOnDeliveryShare; }
    @Override public BigDecimal openReceivables() { need(GradingFigures.RECEIVABLES, "openReceivables"); return openReceivables; }
    @Override public BigDecimal overdueReceivables() { need(GradingFigures.RECEIVABLES, "overdueReceivables"); return overdueReceivables; }
    @Override public Integer oldestOverdueDays() { need(GradingFigures.RECEIVABLES, "oldestOverdueDays"); return oldestOverdueDays; }
    @Override public String creditRating() { need(GradingFigures.CREDIT_RATING, "creditRating"); return creditRating; }
    @Override public Object attribute(String name) {
        need(GradingFigures.ATTRIBUTES, "attribute " + name);
        return attributes.get(name);
    }
}
