package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CustomerNumbersTest {

    @Test
    void numbersArePrefixEightDigitsAndALuhnCheckDigit() {
        assertEquals("KH000000018", CustomerNumbers.format("KH", 1));
        assertEquals("KH999999998", CustomerNumbers.format("KH", 99_999_999));
        assertTrue(CustomerNumbers.isValid("KH", CustomerNumbers.format("KH", 4711)));
    }

    @Test
    void distinctSequencesGiveDistinctNumbers() {
        Set<String> seen = new HashSet<>();
        for (long i = 1; i <= 10_000; i++) {
            assertTrue(seen.add(CustomerNumbers.format("C", i)));
        }
    }

    @Test
    void theCheckDigitCatchesTyposAndSwaps() {
        String number = CustomerNumbers.format("KH", 123456);
        char[] typo = number.toCharArray();
        typo[5] = typo[5] == '9' ? '8' : (char) (typo[5] + 1);
        assertFalse(CustomerNumbers.isValid("KH", new String(typo)));
        String swapped = "KH" + "00123465" + number.charAt(10);
        assertFalse(CustomerNumbers.isValid("KH", swapped));
        assertFalse(CustomerNumbers.isValid("KH", "KH12345"));
        assertFalse(CustomerNumbers.isValid("KH", "XX000000018"));
    }

    @Test
    void outOfRangeSequencesAndBadPrefixesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CustomerNumbers.format("KH", 0));
        assertThrows(IllegalArgumentException.class, () -> CustomerNumbers.format("KH", 100_000_000L));
        assertThrows(IllegalArgumentException.class, () -> CustomerNumbers.checkPrefix("kh"));
        assertThrows(IllegalArgumentException.class, () -> CustomerNumbers.checkPrefix("K1"));
    }
}
