package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    @Test
    void publishedCodesAreValid() {
        // unified social credit codes as printed on business licences
        assertTrue(CreditCodes.isValid("91110000100011743X"));
        assertTrue(CreditCodes.isValid("91440300708461136T"));
        assertEquals('X', CreditCodes.checkCharacter("91110000100011743"));
    }

    @Test
    void wrongCheckCharactersLengthsAndLettersAreRefused() {
        String valid = "91440300708461136T";
        assertFalse(CreditCodes.isValid(valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0')));
        assertFalse(CreditCodes.isValid(valid.substring(0, 17)));
        assertFalse(CreditCodes.isValid("91440300I08461136T"));
        assertFalse(CreditCodes.isValid(null));
    }
}
