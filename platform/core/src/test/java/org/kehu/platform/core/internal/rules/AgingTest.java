package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.ledger.AgingBucket;

class AgingTest {

    private static final Aging DEFAULT = Aging.parse("30, 90, 180, 365");
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "{0} days past due -> {1}")
    @CsvSource({
            "-400, current",
            "-1, current",
            "0, current",
            "1, 1-30",
            "30, 1-30",
            "31, 31-90",
            "90, 31-90",
            "91, 91-180",
            "180, 91-180",
            "181, 181-365",
            "365, 181-365",
            "366, 365+",
            "5000, 365+" })
    void bucketBoundaries(long days, String key) {
        assertEquals(key, DEFAULT.key(DEFAULT.bucketOf(days)));
    }

    @Test
    void defaultKeysInOrder() {
        assertEquals(6, DEFAULT.size());
        assertEquals(List.of("current", "1-30", "31-90", "91-180", "181-365", "365+"),
                IntStream.range(0, DEFAULT.size()).mapToObj(DEFAULT::key).toList());
    }

    @Test
    void bucketIndexes() {
        assertEquals(0, DEFAULT.bucketOf(0));
        assertEquals(1, DEFAULT.bucketOf(1));
        assertEquals(2, DEFAULT.bucketOf(31));
        assertEquals(3, DEFAULT.bucketOf(91));
        assertEquals(4, DEFAULT.bucketOf(181));
        assertEquals(5, DEFAULT.bucketOf(366));
    }

    @Test
    void customBounds() {
        Aging a = Aging.parse("15,45");
        assertEquals(List.of("current", "1-15", "16-45", "45+"),
                IntStream.range(0, a.size()).mapToObj(a::key).toList());
        assertEquals("1-15", a.key(a.bucketOf(15)));
        assertEquals("16-45", a.key(a.bucketOf(16)));
        assertEquals("16-45", a.key(a.bucketOf(45)));
        assertEquals("45+", a.key(a.bucketOf(46)));

        Aging single = Aging.parse("60");
        assertEquals(List.of("current", "1-60", "60+"),
                IntStream.range(0, single.size()).mapToObj(single::key).toList());
        assertEquals("60+", single.key(single.bucketOf(61)));
    }

    @Test
    void blankPartsAndSpacesAreTolerated() {
        Aging a = Aging.parse(" 30 ,, 90 , ");
        assertEquals(List.of("current", "1-30", "31-90", "90+"),
                IntStream.range(0, a.size()).mapToObj(a::key).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", " , ", "x", "30, x", "30,1.5", "0", "-1", "30, -90", "90, 30", "30, 30",
            "30, 90, 60" })
    void invalidBoundsAreRejected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Aging.parse(text));
        assertTrue(e.getMessage().contains("receivables.aging.buckets"), e.getMessage());
    }

    @Test
    void daysPastDue() {
        assertEquals(0, Aging.daysPastDue(AS_OF, AS_OF));
        assertEquals(1, Aging.daysPastDue(AS_OF.minusDays(1), AS_OF));
        assertEquals(-5, Aging.daysPastDue(AS_OF.plusDays(5), AS_OF));
        // across a leap day
        assertEquals(366, Aging.daysPastDue(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void tallySumsPerBucketOverdueAndOldest() {
        Aging.Tally t = DEFAULT.tally()
                .add(new BigDecimal("100.00"), AS_OF.plusDays(10), AS_OF) // current
                .add(new BigDecimal("50"), AS_OF, AS_OF) // due today: current, not overdue
                .add(new BigDecimal("10.005"), AS_OF.minusDays(1), AS_OF) // 1-30
                .add(new BigDecimal("20"), AS_OF.minusDays(30), AS_OF) // 1-30
                .add(new BigDecimal("30"), AS_OF.minusDays(31), AS_OF) // 31-90
                .add(new BigDecimal("40"), AS_OF.minusDays(180), AS_OF) // 91-180
                .add(new BigDecimal("60"), AS_OF.minusDays(400), AS_OF) // 365+
                .add(BigDecimal.ZERO, AS_OF.minusDays(1000), AS_OF); // ignored

        assertEquals(0, new BigDecimal("310.005").compareTo(t.open()));
        assertEquals(0, new BigDecimal("160.005").compareTo(t.overdue()));
        assertEquals(400, t.oldestOverdueDays());

        List<AgingBucket> b = t.buckets("CNY");
        assertEquals(6, b.size());
        assertEquals(new Money(new BigDecimal("150.00"), "CNY"), b.get(0).amount());
        assertEquals(2, b.get(0).invoices());
        assertEquals(new Money(new BigDecimal("30.01"), "CNY"), b.get(1).amount());
        assertEquals(2, b.get(1).invoices());
        assertEquals(new Money(new BigDecimal("30.00"), "CNY"), b.get(2).amount());
        assertEquals(1, b.get(2).invoices());
        assertEquals(new Money(new BigDecimal("40.00"), "CNY"), b.get(3).amount());
        assertEquals(1, b.get(3).invoices());
        assertEquals(new Money(new BigDecimal("0.00"), "CNY"), b.get(4).amount());
        assertEquals(0, b.get(4).invoices());
        assertEquals(new Money(new BigDecimal("60.00"), "CNY"), b.get(5).amount());
        assertEquals(1, b.get(5).invoices());
    }

    @Test
    void tallyWithNothingOverdue() {
        Aging.Tally t = DEFAULT.tally().add(new BigDecimal("5"), AS_OF, AS_OF);
        assertEquals(0, BigDecimal.ZERO.compareTo(t.overdue()));
        assertEquals(0, new BigDecimal("5").compareTo(t.open()));
        assertNull(t.oldestOverdueDays());
        assertNull(DEFAULT.tally().oldestOverdueDays());
        assertEquals(0, BigDecimal.ZERO.compareTo(DEFAULT.tally().open()));
    }

    @Test
    void talliesAddUp() {
        Aging.Tally a = DEFAULT.tally().add(new BigDecimal("10"), AS_OF.minusDays(5), AS_OF)
                .add(new BigDecimal("1"), AS_OF.plusDays(5), AS_OF);
        Aging.Tally b = DEFAULT.tally().add(new BigDecimal("20"), AS_OF.minusDays(100), AS_OF)
                .add(new BigDecimal("3"), AS_OF.minusDays(7), AS_OF);
        assertSame(a, a.add(b));
        assertEquals(0, new BigDecimal("34").compareTo(a.open()));
        assertEquals(0, new BigDecimal("33").compareTo(a.overdue()));
        assertEquals(100, a.oldestOverdueDays());
        List<AgingBucket> buckets = a.buckets("CNY");
        assertEquals(1, buckets.get(0).invoices());
        assertEquals(2, buckets.get(1).invoices());
        assertEquals(new Money(new BigDecimal("13.00"), "CNY"), buckets.get(1).amount());
        assertEquals(1, buckets.get(3).invoices());
        // b is not changed
        assertEquals(0, new BigDecimal("23").compareTo(b.open()));
    }

    @Test
    void bucketsCarryKeysAndInclusiveFromTo() {
        List<AgingBucket> b = DEFAULT.tally().buckets("EUR");
        assertEquals(List.of("current", "1-30", "31-90", "91-180", "181-365", "365+"),
                b.stream().map(AgingBucket::key).toList());
        assertBucket(b.get(0), null, 0);
        assertBucket(b.get(1), 1, 30);
        assertBucket(b.get(2), 31, 90);
        assertBucket(b.get(3), 91, 180);
        assertBucket(b.get(4), 181, 365);
        assertBucket(b.get(5), 366, null);
        for (AgingBucket x : b) {
            assertEquals(new Money(new BigDecimal("0.00"), "EUR"), x.amount());
            assertEquals(0, x.invoices());
        }
    }

    @Test
    void bucketsOfCustomBounds() {
        List<AgingBucket> b = Aging.parse("60").tally().buckets("CNY");
        assertEquals(3, b.size());
        assertBucket(b.get(0), null, 0);
        assertBucket(b.get(1), 1, 60);
        assertBucket(b.get(2), 61, null);
        assertEquals("60+", b.get(2).key());
    }

    private static void assertBucket(AgingBucket b, Integer from, Integer to) {
        assertEquals(from, b.fromDays(), b.key() + " from");
        assertEquals(to, b.toDays(), b.key() + " to");
    }
}
