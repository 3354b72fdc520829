package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.util.Map;

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

    @Override public long customerId() { return customerId; }
    @Override public String industry() { return industry; }
    @Override public String region() { return region; }
    @Override public String owner() { return owner; }
    @Override public BigDecimal revenue() { return revenue; }
    @Override public BigDecimal grossProfit() { return grossProfit; }
    @Override public BigDecimal grossMargin() { return grossMargin; }
    @Override public BigDecimal cashOnDeliveryShare() { return cashOnDeliveryShare; }
    @Override public BigDecimal openReceivables() { return openReceivables; }
    @Override public BigDecimal overdueReceivables() { return overdueReceivables; }
    @Override public Integer oldestOverdueDays() { return oldestOverdueDays; }
    @Override public String creditRating() { return creditRating; }
    @Override public Object attribute(String name) { return attributes.get(name); }
}
