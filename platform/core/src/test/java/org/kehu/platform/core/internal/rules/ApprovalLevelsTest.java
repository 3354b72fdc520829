package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehu.platform.api.ledger.ApprovalLevel;

class ApprovalLevelsTest {

    private static final BigDecimal OFFICE = new BigDecimal("3000000");
    private static final BigDecimal GROUP = new BigDecimal("20000000");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, GENERAL_MANAGER",
            "0.01, GENERAL_MANAGER",
            "2999999.99, GENERAL_MANAGER",
            "3000000, GENERAL_MANAGER", // "up to 3,000,000" includes 3,000,000
            "3000000.00, GENERAL_MANAGER",
            "3000000.000, GENERAL_MANAGER",
            "3000000.01, GM_OFFICE_MEETING",
            "10000000, GM_OFFICE_MEETING",
            "20000000, GM_OFFICE_MEETING", // exactly 20M is still the office meeting
            "20000000.00, GM_OFFICE_MEETING",
            "20000000.01, GROUP",
            "500000000, GROUP" })
    void levelByAmount(String amount, ApprovalLevel level) {
        assertEquals(level, ApprovalLevels.of(new BigDecimal(amount), OFFICE, GROUP));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1000000, GENERAL_MANAGER",
            "1000000.01, GM_OFFICE_MEETING",
            "5000000, GM_OFFICE_MEETING",
            "5000000.01, GROUP" })
    void configuredThresholds(String amount, ApprovalLevel level) {
        assertEquals(level, ApprovalLevels.of(new BigDecimal(amount), new BigDecimal("1000000"), new BigDecimal("5000000")));
    }
}
