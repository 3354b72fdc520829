package org.kehu.platform.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.core.internal.rules.Aging;
import org.kehu.platform.core.internal.rules.RebateTiers;
import org.osgi.service.cm.ConfigurationException;

class LedgerSettingsTest {

    private static final Path CFG = Path.of("src/main/cfg/org.kehu.platform.ledger.cfg");

    private static Hashtable<String, Object> props(String... kv) {
        Hashtable<String, Object> p = new Hashtable<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return p;
    }

    private static LedgerSettings.Values defaults() {
        return LedgerSettings.parse(new Hashtable<>());
    }

    private static List<String> keys(Aging a) {
        return IntStream.range(0, a.size()).mapToObj(a::key).toList();
    }

    @Test
    void defaults_() {
        LedgerSettings.Values v = defaults();
        assertEquals("CNY", v.currency());
        assertEquals(30, v.defaultPaymentTermDays());
        assertEquals(new BigDecimal("50000000"), v.totalCreditCap());
        assertEquals(90, v.temporaryCreditMaxDays());
        assertEquals(new BigDecimal("3000000"), v.officeMeetingAbove());
        assertEquals(new BigDecimal("20000000"), v.groupAbove());
        assertEquals(List.of("current", "1-30", "31-90", "91-180", "181-365", "365+"), keys(v.aging()));
        assertEquals(new BigDecimal("0"), v.quantityTolerance());
        assertEquals(new BigDecimal("0.90"), v.warningExposureShare());
        assertEquals(15, v.warningTemporaryCreditDays());
        assertEquals(60, v.warningScanMinutes());
        assertEquals(List.of(new RebateTiers.Tier(new BigDecimal("1000000"), new BigDecimal("0.01")),
                new RebateTiers.Tier(new BigDecimal("3000000"), new BigDecimal("0.02")),
                new RebateTiers.Tier(new BigDecimal("5000000"), new BigDecimal("0.03"))), v.rebateTiers().tiers());
        assertTrue(v.rebateRequireNoOverdue());
        assertEquals(EnumSet.of(CreditListType.GREY, CreditListType.BLACK), v.rebateExcludedLists());
        assertEquals(new BigDecimal("0.80"), v.rebateMinimumCollectionRate());
    }

    @Test
    void blankValuesFallBackToDefaults() {
        LedgerSettings.Values v = LedgerSettings.parse(props("ledger.currency", " ", "credit.paymentTermDays.default", "",
                "receivables.aging.buckets", "  ", "rebate.tiers", ""));
        assertEquals("CNY", v.currency());
        assertEquals(30, v.defaultPaymentTermDays());
        assertEquals(6, v.aging().size());
        assertEquals(3, v.rebateTiers().tiers().size());
    }

    @Test
    void valuesAreParsed() {
        Hashtable<String, Object> p = props(
                "ledger.currency", " EUR ",
                "credit.paymentTermDays.default", "45",
                "credit.total.cap", "50000000",
                "credit.temporary.maxDays", "30",
                "contract.approval.officeMeeting.above", "1000000",
                "contract.approval.group.above", "5000000",
                "receivables.aging.buckets", "15, 45",
                "shipment.quantity.tolerance", "0.05",
                "warning.exposure.share", "0.75",
                "warning.temporaryCredit.days", "0",
                "warning.scan.minutes", "0",
                "rebate.tiers", "0:0.02",
                "rebate.requireNoOverdue", "false",
                "rebate.excludedLists", "black",
                "rebate.minimumCollectionRate", "0");
        p.put("credit.paymentTermDays.default", 45); // a typed value from Config Admin
        LedgerSettings.Values v = LedgerSettings.parse(p);
        assertEquals("EUR", v.currency());
        assertEquals(45, v.defaultPaymentTermDays());
        assertEquals(new BigDecimal("50000000"), v.totalCreditCap());
        assertEquals(30, v.temporaryCreditMaxDays());
        assertEquals(new BigDecimal("1000000"), v.officeMeetingAbove());
        assertEquals(new BigDecimal("5000000"), v.groupAbove());
        assertEquals(List.of("current", "1-15", "16-45", "45+"), keys(v.aging()));
        assertEquals(new BigDecimal("0.05"), v.quantityTolerance());
        assertEquals(new BigDecimal("0.75"), v.warningExposureShare());
        assertEquals(0, v.warningTemporaryCreditDays());
        assertEquals(0, v.warningScanMinutes());
        assertEquals(List.of(new RebateTiers.Tier(BigDecimal.ZERO, new BigDecimal("0.02"))), v.rebateTiers().tiers());
        assertFalse(v.rebateRequireNoOverdue());
        assertEquals(Set.of(CreditListType.BLACK), v.rebateExcludedLists());
        assertEquals(new BigDecimal("0"), v.rebateMinimumCollectionRate());
    }

    @Test
    void rangeEdgesAreAccepted() {
        LedgerSettings.Values v = LedgerSettings.parse(props("credit.paymentTermDays.default", "0",
                "credit.temporary.maxDays", "366", "warning.temporaryCredit.days", "366", "warning.scan.minutes", "1440"));
        assertEquals(0, v.defaultPaymentTermDays());
        assertEquals(366, v.temporaryCreditMaxDays());
        assertEquals(366, v.warningTemporaryCreditDays());
        assertEquals(1440, v.warningScanMinutes());
        assertEquals(365, LedgerSettings.parse(props("credit.paymentTermDays.default", "365")).defaultPaymentTermDays());
        assertEquals(1, LedgerSettings.parse(props("credit.temporary.maxDays", "1")).temporaryCreditMaxDays());
    }

    @Test
    void excludedListsMayBeNone() {
        assertEquals(Set.of(), LedgerSettings.parse(props("rebate.excludedLists", " , ")).rebateExcludedLists());
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ledger.currency | cny",
            "ledger.currency | EURO",
            "ledger.currency | C1Y",
            "credit.paymentTermDays.default | -1",
            "credit.paymentTermDays.default | 366",
            "credit.paymentTermDays.default | 30.5",
            "credit.paymentTermDays.default | thirty",
            "credit.total.cap | -1",
            "credit.total.cap | lots",
            "credit.temporary.maxDays | 0",
            "credit.temporary.maxDays | 367",
            "credit.temporary.maxDays | x",
            "contract.approval.officeMeeting.above | -3000000",
            "contract.approval.officeMeeting.above | 3,000,000",
            "contract.approval.group.above | -1",
            "contract.approval.group.above | 20M",
            "receivables.aging.buckets | 90, 30",
            "receivables.aging.buckets | 30, x",
            "receivables.aging.buckets | 0",
            "shipment.quantity.tolerance | -0.05",
            "shipment.quantity.tolerance | 5%",
            "warning.exposure.share | -0.9",
            "warning.exposure.share | ninety",
            "warning.temporaryCredit.days | -1",
            "warning.temporaryCredit.days | 367",
            "warning.scan.minutes | -1",
            "warning.scan.minutes | 1441",
            "warning.scan.minutes | 1h",
            "rebate.tiers | 1000000:1",
            "rebate.tiers | 3000000:0.02, 1000000:0.01",
            "rebate.tiers | garbage",
            "rebate.excludedLists | GREY, PURPLE",
            "rebate.minimumCollectionRate | -0.8",
            "rebate.minimumCollectionRate | 80%",
            "rebate.minimumCollectionRate | 1.5",
            "warning.exposure.share | 0",
            "warning.exposure.share | 1.2",
            "shipment.quantity.tolerance | 2",
            "contract.approval.officeMeeting.above | 30000000" })
    void invalidValueIsRefusedNamingTheKey(String key, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LedgerSettings.parse(props(key, value)));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "ture", "yes", "1", "on", "flase" })
    void invalidBooleanIsRefused(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LedgerSettings.parse(props("rebate.requireNoOverdue", value)));
        assertTrue(e.getMessage().contains("rebate.requireNoOverdue"), e.getMessage());
    }

    @Test
    void booleanIsCaseInsensitive() {
        assertTrue(LedgerSettings.parse(props("rebate.requireNoOverdue", "TRUE")).rebateRequireNoOverdue());
        assertFalse(LedgerSettings.parse(props("rebate.requireNoOverdue", "False")).rebateRequireNoOverdue());
    }

    // the managed service

    @Test
    void startsWithDefaults() {
        assertSameContent(defaults(), new LedgerSettings().values());
    }

    @Test
    void updatedNullKeepsDefaults() throws ConfigurationException {
        LedgerSettings s = new LedgerSettings();
        s.updated(null);
        assertSameContent(defaults(), s.values());
    }

    @Test
    void updatedNullAfterACustomFileReturnsToDefaults() throws ConfigurationException {
        LedgerSettings s = new LedgerSettings();
        s.updated(props("credit.paymentTermDays.default", "45"));
        assertEquals(45, s.values().defaultPaymentTermDays());
        s.updated(null);
        assertSameContent(defaults(), s.values());
    }

    @Test
    void updatedAppliesAtOnce() throws ConfigurationException {
        LedgerSettings s = new LedgerSettings();
        LedgerSettings.Values before = s.values();
        s.updated(props("warning.exposure.share", "0.8", "shipment.quantity.tolerance", "0.05"));
        assertNotSame(before, s.values());
        assertEquals(new BigDecimal("0.8"), s.values().warningExposureShare());
        assertEquals(new BigDecimal("0.05"), s.values().quantityTolerance());
    }

    @Test
    void updatedWithAnInvalidValueThrowsAndKeepsThePreviousValues() throws ConfigurationException {
        LedgerSettings s = new LedgerSettings();
        s.updated(props("credit.paymentTermDays.default", "45", "warning.exposure.share", "0.8"));
        LedgerSettings.Values before = s.values();

        // one good value and one bad value: the file is refused as a whole
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> s.updated(props("credit.paymentTermDays.default", "60", "warning.scan.minutes", "-5")));
        assertTrue(e.getReason().contains("warning.scan.minutes"), e.getReason());
        assertTrue(e.getCause() instanceof IllegalArgumentException);

        assertSame(before, s.values());
        assertEquals(45, s.values().defaultPaymentTermDays());
        assertEquals(new BigDecimal("0.8"), s.values().warningExposureShare());
        assertEquals(60, s.values().warningScanMinutes());
    }

    @Test
    void updatedWithAnInvalidValueFromDefaultsKeepsDefaults() {
        LedgerSettings s = new LedgerSettings();
        LedgerSettings.Values before = s.values();
        assertThrows(ConfigurationException.class, () -> s.updated(props("rebate.tiers", "1000000:2")));
        assertThrows(ConfigurationException.class, () -> s.updated(props("ledger.currency", "yuan")));
        assertSame(before, s.values());
    }

    // the shipped file

    private static Hashtable<String, Object> shippedFile() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(CFG, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Hashtable<String, Object> h = new Hashtable<>();
        p.forEach((k, v) -> h.put((String) k, v));
        return h;
    }

    @Test
    void shippedFileIsValidAndSetsEveryKey() throws IOException {
        Hashtable<String, Object> file = shippedFile();
        LedgerSettings.parse(file);
        assertEquals(Set.of("ledger.currency", "credit.paymentTermDays.default", "credit.total.cap", "credit.temporary.maxDays",
                "contract.approval.officeMeeting.above", "contract.approval.group.above", "receivables.aging.buckets",
                "shipment.quantity.tolerance", "warning.exposure.share", "warning.temporaryCredit.days",
                "warning.scan.minutes", "rebate.tiers", "rebate.requireNoOverdue", "rebate.excludedLists",
                "rebate.minimumCollectionRate"), file.keySet().stream().filter(k -> !k.startsWith("grading.") && !k.startsWith("workflow."))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void shippedFileEqualsTheCodeDefaults() throws IOException {
        assertSameContent(defaults(), LedgerSettings.parse(shippedFile()));
    }

    @Test
    void valuesOfTheSameInputAreEqual() {
        assertEquals(defaults(), defaults());
    }

    /**
     * Field-by-field comparison; {@link Aging} and {@link RebateTiers} have no equals, so they are compared by their
     * keys and tiers.
     */
    private static void assertSameContent(LedgerSettings.Values expected, LedgerSettings.Values actual) {
        assertEquals(expected.currency(), actual.currency(), "ledger.currency");
        assertEquals(expected.defaultPaymentTermDays(), actual.defaultPaymentTermDays(), "credit.paymentTermDays.default");
        assertEquals(expected.totalCreditCap(), actual.totalCreditCap(), "credit.total.cap");
        assertEquals(expected.temporaryCreditMaxDays(), actual.temporaryCreditMaxDays(), "credit.temporary.maxDays");
        assertEquals(expected.officeMeetingAbove(), actual.officeMeetingAbove(), "contract.approval.officeMeeting.above");
        assertEquals(expected.groupAbove(), actual.groupAbove(), "contract.approval.group.above");
        assertEquals(keys(expected.aging()), keys(actual.aging()), "receivables.aging.buckets");
        assertEquals(expected.quantityTolerance(), actual.quantityTolerance(), "shipment.quantity.tolerance");
        assertEquals(expected.warningExposureShare(), actual.warningExposureShare(), "warning.exposure.share");
        assertEquals(expected.warningTemporaryCreditDays(), actual.warningTemporaryCreditDays(),
                "warning.temporaryCredit.days");
        assertEquals(expected.warningScanMinutes(), actual.warningScanMinutes(), "warning.scan.minutes");
        assertEquals(expected.rebateTiers().tiers(), actual.rebateTiers().tiers(), "rebate.tiers");
        assertEquals(expected.rebateRequireNoOverdue(), actual.rebateRequireNoOverdue(), "rebate.requireNoOverdue");
        assertEquals(expected.rebateExcludedLists(), actual.rebateExcludedLists(), "rebate.excludedLists");
        assertEquals(expected.rebateMinimumCollectionRate(), actual.rebateMinimumCollectionRate(),
                "rebate.minimumCollectionRate");
        // with aging and rebate tiers shared, the records themselves must be equal
        LedgerSettings.Values aligned = new LedgerSettings.Values(actual.currency(), actual.defaultPaymentTermDays(),
                actual.totalCreditCap(), actual.temporaryCreditMaxDays(), actual.officeMeetingAbove(), actual.groupAbove(),
                expected.aging(), actual.quantityTolerance(), actual.warningExposureShare(),
                actual.warningTemporaryCreditDays(), actual.warningScanMinutes(), expected.rebateTiers(),
                actual.rebateRequireNoOverdue(), actual.rebateExcludedLists(), actual.rebateMinimumCollectionRate());
        assertEquals(expected, aligned);
    }
}
