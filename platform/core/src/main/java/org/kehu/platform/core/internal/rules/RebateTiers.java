package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Progressive tiered rebate: {@code 1000000:0.01, 3000000:0.02} pays 1% on the
 * sales between 1,000,000 and 3,000,000 and 2% on the sales above 3,000,000,
 * nothing below the first threshold.
 */
public final class RebateTiers {

    public record Tier(BigDecimal threshold, BigDecimal rate) {
    }

    /** The rebate and how it was computed, tier by tier. */
    public record Result(BigDecimal amount, String calculation) {
    }

    private final List<Tier> tiers;

    private RebateTiers(List<Tier> tiers) {
        this.tiers = List.copyOf(tiers);
    }

    public static RebateTiers parse(String text) {
        List<Tier> tiers = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.strip().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("rebate.tiers: expected threshold:rate, got " + part.strip());
            }
            BigDecimal threshold;
            BigDecimal rate;
            try {
                threshold = new BigDecimal(kv[0].strip());
                rate = new BigDecimal(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("rebate.tiers: not a number in " + part.strip());
            }
            if (threshold.signum() < 0 || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("rebate.tiers: thresholds must not be negative and rates must be below 1");
            }
            if (!tiers.isEmpty() && threshold.compareTo(tiers.get(tiers.size() - 1).threshold()) <= 0) {
                throw new IllegalArgumentException("rebate.tiers: thresholds must ascend");
            }
            tiers.add(new Tier(threshold, rate));
        }
        return new RebateTiers(tiers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RebateTiers t && tiers.size() == t.tiers.size()
                && java.util.stream.IntStream.range(0, tiers.size()).allMatch(i -> same(tiers.get(i), t.tiers.get(i)));
    }

    private static boolean same(Tier a, Tier b) {
        return a.threshold().compareTo(b.threshold()) == 0 && a.rate().compareTo(b.rate()) == 0;
    }

    @Override
    public int hashCode() {
        return tiers.stream().mapToInt(t -> t.threshold().stripTrailingZeros().hashCode() * 31
                + t.rate().stripTrailingZeros().hashCode()).sum();
    }

    @Override
    public String toString() {
        return "RebateTiers" + tiers.stream().map(t -> t.threshold().toPlainString() + ":" + t.rate().toPlainString()).toList();
    }

    public List<Tier> tiers() {
        return tiers;
    }

    public Result compute(BigDecimal sales) {
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder how = new StringBuilder();
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (sales.compareTo(t.threshold()) <= 0) {
                break;
            }
            BigDecimal upper = i + 1 < tiers.size() ? sales.min(tiers.get(i + 1).threshold()) : sales;
            BigDecimal base = upper.subtract(t.threshold());
            BigDecimal part = base.multiply(t.rate()).setScale(2, RoundingMode.HALF_UP);
            total = total.add(part);
            if (how.length() > 0) {
                how.append(" + ");
            }
            how.append(base.setScale(2, RoundingMode.HALF_UP).toPlainString()).append(" × ")
                    .append(t.rate().stripTrailingZeros().toPlainString()).append(" = ").append(part.toPlainString());
        }
        if (how.length() == 0) {
            how.append("sales ").append(sales.setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .append(" not above the first threshold");
        }
        return new Result(total.setScale(2, RoundingMode.HALF_UP), how.toString());
    }
}
