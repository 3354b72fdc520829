package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RebateTiersTest {

    private static final RebateTiers DEFAULT = RebateTiers.parse("1000000:0.01, 3000000:0.02, 5000000:0.03");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void handComputedProgressiveRebate() {
        // 2,000,000 x 1% (1M..3M) + 1,500,000 x 2% (3M..4.5M) = 20,000 + 30,000
        RebateTiers.Result r = DEFAULT.compute(d("4500000"));
        assertEquals(d("50000.00"), r.amount());
        assertEquals("2000000.00 × 0.01 = 20000.00 + 1500000.00 × 0.02 = 30000.00", r.calculation());
    }

    @ParameterizedTest(name = "sales {0} -> {1}")
    @CsvSource({
            "-5, 0.00",
            "0, 0.00",
            "999999.99, 0.00",
            "1000000, 0.00", // exactly at the first threshold: nothing above it
            "1000000.01, 0.00", // 0.0001 rounds to 0.00
            "1000100, 1.00",
            "3000000, 20000.00", // exactly at the second threshold
            "3000000.00, 20000.00",
            "5000000, 60000.00", // 20,000 + 40,000
            "6000000, 90000.00", // 20,000 + 40,000 + 30,000
            "10000000, 210000.00" })
    void tiers(String sales, String rebate) {
        assertEquals(d(rebate), DEFAULT.compute(d(sales)).amount());
    }

    @Test
    void belowFirstThresholdExplainsWhy() {
        RebateTiers.Result r = DEFAULT.compute(d("999999.994"));
        assertEquals(d("0.00"), r.amount());
        assertEquals("sales 999999.99 not above the first threshold", r.calculation());
        assertEquals("sales 1000000.00 not above the first threshold", DEFAULT.compute(d("1000000")).calculation());
    }

    @Test
    void exactlyAtThresholdDoesNotOpenTheNextTier() {
        RebateTiers.Result r = DEFAULT.compute(d("3000000"));
        assertEquals("2000000.00 × 0.01 = 20000.00", r.calculation());
    }

    @Test
    void aboveTheLastTierShowsEveryTier() {
        RebateTiers.Result r = DEFAULT.compute(d("6000000"));
        assertEquals(d("90000.00"), r.amount());
        assertEquals("2000000.00 × 0.01 = 20000.00 + 2000000.00 × 0.02 = 40000.00 + 1000000.00 × 0.03 = 30000.00",
                r.calculation());
    }

    @Test
    void eachTierIsRoundedHalfUp() {
        RebateTiers t = RebateTiers.parse("0:0.015");
        // 0.50 x 0.015 = 0.0075 -> 0.01
        assertEquals(d("0.01"), t.compute(d("0.50")).amount());
        assertEquals("0.50 × 0.015 = 0.01", t.compute(d("0.50")).calculation());
        // 0.30 x 0.015 = 0.0045 -> 0.00
        assertEquals(d("0.00"), t.compute(d("0.30")).amount());
    }

    @Test
    void parsedTiers() {
        assertEquals(List.of(new RebateTiers.Tier(d("1000000"), d("0.01")), new RebateTiers.Tier(d("3000000"), d("0.02")),
                new RebateTiers.Tier(d("5000000"), d("0.03"))), DEFAULT.tiers());
        assertEquals(2, RebateTiers.parse(" 0:0 ,, 100:0.99 , ").tiers().size());
        assertEquals("100.00 × 0.1 = 10.00", RebateTiers.parse("0:0.100").compute(d("100")).calculation());
    }

    @Test
    void noTiersPayNothing() {
        RebateTiers none = RebateTiers.parse("");
        assertEquals(List.of(), none.tiers());
        assertEquals(d("0.00"), none.compute(d("99999999")).amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "3000000:0.02, 1000000:0.01", // descending
            "1000000:0.01, 1000000:0.02", // repeated threshold
            "1000000:1", // rate 100%
            "1000000:1.00",
            "1000000:1.5",
            "-1:0.01",
            "1000000:-0.01",
            "garbage",
            "1000000",
            "1000000:0.01:2",
            "x:0.01",
            "1000000:y",
            ":0.01",
            "1000000:0.01; 3000000:0.02" })
    void invalidConfigurationsAreRejected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RebateTiers.parse(text));
        assertTrue(e.getMessage().startsWith("rebate.tiers"), e.getMessage());
    }
}
