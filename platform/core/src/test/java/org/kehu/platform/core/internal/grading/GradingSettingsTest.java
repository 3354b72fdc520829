package org.kehu.platform.core.internal.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationException;

class GradingSettingsTest {

    private static Hashtable<String, Object> shippedFile() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/cfg/org.kehu.platform.ledger.cfg"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Hashtable<String, Object> h = new Hashtable<>();
        p.forEach((k, v) -> h.put((String) k, v));
        return h;
    }

    @Test
    void theShippedFileSetsTheCodeDefaults() throws Exception {
        GradingSettings s = new GradingSettings();
        s.updated(shippedFile());
        Map<String, String> abc = s.forPolicy(AbcPolicy.ID);
        assertEquals(Map.of("shareA", AbcPolicy.DEFAULT_SHARE_A, "shareB", AbcPolicy.DEFAULT_SHARE_B), abc);
        DClassPolicy.Limits shipped = DClassPolicy.limits(s.forPolicy(DClassPolicy.ID));
        assertEquals(DClassPolicy.limits(Map.of()), shipped);
        assertEquals(new BigDecimal("100000"), shipped.minimumProfit());
        assertEquals(CreditRatingPolicy.limits(Map.of()), CreditRatingPolicy.limits(s.forPolicy(CreditRatingPolicy.ID)));
        assertEquals(4, s.forPolicy(CreditRatingPolicy.ID).size());
        assertEquals(ValueMatrixPolicy.limits(Map.of()), ValueMatrixPolicy.limits(s.forPolicy(ValueMatrixPolicy.ID)));
        assertEquals(3, s.forPolicy(ValueMatrixPolicy.ID).size());
        assertEquals(ValueTierPolicy.limits(Map.of()), ValueTierPolicy.limits(s.forPolicy(ValueTierPolicy.ID)));
        assertEquals(4, s.forPolicy(ValueTierPolicy.ID).size());
    }

    @Test
    void anInvalidThresholdIsRefusedAndThePreviousOnesStay() throws Exception {
        GradingSettings s = new GradingSettings();
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("grading.abc.shareA", "0.3");
        p.put("ledger.currency", "CNY");
        s.updated(p);
        p.put("grading.abc.shareA", "-1");
        assertThrows(ConfigurationException.class, () -> s.updated(p));
        assertEquals(Map.of("shareA", "0.3"), s.forPolicy("abc"));
    }

    @Test
    void figuresSurviveTheRoundTrip() {
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("revenue", new BigDecimal("12.50"));
        f.put("rank", 3L);
        f.put("exempt", true);
        f.put("note", "a\tb\nc\\d");
        Map<String, Object> back = Figures.decode(Figures.encode(f));
        assertEquals(new BigDecimal("12.50"), back.get("revenue"));
        assertEquals(new BigDecimal("3"), back.get("rank"));
        assertEquals(true, back.get("exempt"));
        assertEquals("a\tb\nc\\d", back.get("note"));
    }
}
