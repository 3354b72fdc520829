package org.kehu.platform.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.spi.KehuProperties;
import org.kehu.platform.api.spi.ShipmentCheck;
import org.kehu.platform.api.spi.ShipmentContext;

class ShipmentCheckRegistryTest {

    private static ShipmentCheck check(String id, boolean idFails) {
        return new ShipmentCheck() {
            @Override
            public String id() {
                if (idFails) {
                    throw new IllegalStateException("no id");
                }
                return id;
            }

            @Override
            public List<ShipmentRefusal> check(ShipmentContext context) {
                return List.of();
            }

            @Override
            public String toString() {
                return String.valueOf(id);
            }
        };
    }

    @Test
    void checksOfTheIndustryInOrderOfTheirIdsEvenWithoutOne() {
        ShipmentCheckRegistry registry = new ShipmentCheckRegistry();
        ShipmentCheck quality = check("QUALITY", false);
        ShipmentCheck anyIndustry = check("HAZMAT", false);
        ShipmentCheck noId = check(null, false);
        ShipmentCheck failingId = check("BROKEN", true);
        ShipmentCheck otherIndustry = check("AGRI", false);
        registry.bind(quality, Map.of(KehuProperties.INDUSTRY, "cement"));
        registry.bind(anyIndustry, Map.of());
        registry.bind(noId, Map.of(KehuProperties.INDUSTRY, "*"));
        registry.bind(failingId, Map.of(KehuProperties.INDUSTRY, "cement"));
        registry.bind(otherIndustry, Map.of(KehuProperties.INDUSTRY, "agriculture"));
        List<ShipmentCheck> found = registry.forIndustry("cement");
        assertEquals(4, found.size());
        assertEquals(List.of(anyIndustry, quality), found.subList(2, 4));
    }
}
