package org.kehu.platform.core.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.service.cm.ConfigurationException;

class WorkflowSettingsTest {

    private static Hashtable<String, Object> props(String... keyValues) {
        Hashtable<String, Object> h = new Hashtable<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            h.put(keyValues[i], keyValues[i + 1]);
        }
        return h;
    }

    private static void assertDefaults(WorkflowSettings s) {
        assertEquals(60, s.scanSeconds());
        assertEquals(Duration.ofDays(3), s.due("contract-approval.review.due"));
        assertEquals(Duration.ofDays(7), s.due("contract-approval.decision.due"));
        assertEquals(Duration.ofDays(2), s.due("credit-request.review.due"));
        assertEquals(new BigDecimal("1000000"), s.number("credit-request.manager.upTo"));
        assertEquals(new BigDecimal("100000"), s.number("d-class-continuation.grossProfit.target"));
        assertEquals(new BigDecimal("3"), s.number("d-class-continuation.target.years"));
        assertEquals(Duration.ofDays(30), s.due("d-class-continuation.review.due"));
        assertEquals(Duration.ofDays(30), s.due("freeze.decision.due"));
        assertEquals(new BigDecimal("10000"), s.number("key-account-review.minimum"));
        assertEquals(new BigDecimal("100000"), s.number("key-account-review.escalation.above"));
        assertEquals(Duration.ofDays(14), s.due("key-account-review.decision.due"));
    }

    @Test
    void defaultsWithoutAnyConfiguration() {
        assertDefaults(new WorkflowSettings());
    }

    @Test
    void defaultsAfterAnUpdateWithoutProperties() throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(null);
        assertDefaults(s);
        s.updated(new Hashtable<>());
        assertDefaults(s);
    }

    @Test
    void theShippedFileSetsTheCodeDefaults() throws IOException, ConfigurationException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/cfg/org.kehu.platform.ledger.cfg"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Hashtable<String, Object> h = new Hashtable<>();
        p.forEach((k, v) -> h.put((String) k, v));
        WorkflowSettings s = new WorkflowSettings();
        s.updated(h);
        assertDefaults(s);
    }

    @Test
    void anUnknownSettingHasNoValue() {
        assertThrows(IllegalStateException.class, () -> new WorkflowSettings().number("no-such.setting"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "P3D, PT72H",
            "PT4H, PT4H",
            "PT30M, PT30M",
            "PT1S, PT1S",
            "P1DT12H, PT36H",
            "' P5D ', PT120H" })
    void isoDurationsAreAccepted(String value, String expected) throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(props("workflow.contract-approval.review.due", value));
        assertEquals(Duration.parse(expected), s.due("contract-approval.review.due"));
        assertEquals(Duration.ofDays(7), s.due("contract-approval.decision.due"), "the others keep their defaults");
    }

    @Test
    void anEmptyDueMeansNoDeadline() throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(props("workflow.freeze.decision.due", "", "workflow.credit-request.review.due", "   "));
        assertNull(s.due("freeze.decision.due"));
        assertNull(s.due("credit-request.review.due"));
        assertEquals(Duration.ofDays(3), s.due("contract-approval.review.due"));
    }

    @Test
    void numbersAreReadAsDecimals() throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(props("workflow.credit-request.manager.upTo", "2500000.50", "workflow.escalation.scan.seconds",
                "0"));
        assertEquals(new BigDecimal("2500000.50"), s.number("credit-request.manager.upTo"));
        assertEquals(0, s.scanSeconds());
    }

    @Test
    void keysOutsideTheWorkflowPrefixAreIgnored() throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(props("ledger.currency", "CNY", "contract.approval.officeMeeting.above", "not-a-number",
                "credit-request.review.due", "garbage"));
        assertDefaults(s);
    }

    @ParameterizedTest(name = "due {0} is refused")
    @ValueSource(strings = { "PT0S", "P0D", "-P1D", "PT-4H", "3D", "three days", "P", "7", "P3X" })
    void anInvalidDurationIsRefusedAndThePreviousValuesStay(String value) throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(props("workflow.contract-approval.review.due", "PT4H", "workflow.credit-request.manager.upTo",
                "500000"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> s.updated(props(
                "workflow.contract-approval.review.due", value, "workflow.credit-request.manager.upTo", "800000")));
        assertEquals(true, e.getReason().contains("workflow.contract-approval.review.due"), e.getReason());
        assertEquals(Duration.ofHours(4), s.due("contract-approval.review.due"));
        assertEquals(new BigDecimal("500000"), s.number("credit-request.manager.upTo"),
                "the valid part of a refused set is not applied either");
    }

    @ParameterizedTest(name = "number {0} is refused")
    @ValueSource(strings = { "-1", "-0.01", "一百万", "1,000,000", "abc", "" })
    void anInvalidNumberIsRefusedAndThePreviousValuesStay(String value) throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(props("workflow.credit-request.manager.upTo", "500000", "workflow.freeze.decision.due", "P10D"));
        assertThrows(ConfigurationException.class, () -> s.updated(props(
                "workflow.credit-request.manager.upTo", value, "workflow.freeze.decision.due", "P20D")));
        assertEquals(new BigDecimal("500000"), s.number("credit-request.manager.upTo"));
        assertEquals(Duration.ofDays(10), s.due("freeze.decision.due"));
    }

    @ParameterizedTest(name = "scan seconds {0} is refused")
    @ValueSource(strings = { "-1", "sixty" })
    void anInvalidScanIntervalIsRefused(String value) throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(props("workflow.escalation.scan.seconds", "120"));
        assertThrows(ConfigurationException.class,
                () -> s.updated(props("workflow.escalation.scan.seconds", value)));
        assertEquals(120, s.scanSeconds());
    }

    @Test
    void aRefusedSetDoesNotRevertToTheDefaultsEither() throws Exception {
        WorkflowSettings s = new WorkflowSettings();
        s.updated(props("workflow.key-account-review.minimum", "50000"));
        assertThrows(ConfigurationException.class,
                () -> s.updated(props("workflow.key-account-review.decision.due", "PT0S")));
        assertEquals(new BigDecimal("50000"), s.number("key-account-review.minimum"));
        assertEquals(Duration.ofDays(14), s.due("key-account-review.decision.due"));
    }
}
