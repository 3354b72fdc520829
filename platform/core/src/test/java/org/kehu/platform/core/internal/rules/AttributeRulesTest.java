package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.spi.AttributeDefinition;
import org.kehu.platform.api.spi.AttributeType;

class AttributeRulesTest {

    private static final List<AttributeDefinition> CEMENT = List.of(
            new AttributeDefinition("annualTonnage", AttributeType.INTEGER, true, BigDecimal.ZERO, new BigDecimal("10000000"),
                    null, null, Map.of("zh-CN", "年用量(吨)", "en", "Annual tonnage")),
            new AttributeDefinition("cashOnDelivery", AttributeType.BOOLEAN, false, null, null, null, null, null),
            new AttributeDefinition("margin", AttributeType.DECIMAL, false, null, BigDecimal.ONE, null, null, null),
            new AttributeDefinition("since", AttributeType.DATE, false, null, null, null, null, null),
            new AttributeDefinition("segment", AttributeType.ENUM, false, null, null, null, List.of("READY_MIX", "DEALER"), null),
            new AttributeDefinition("note", AttributeType.STRING, false, null, null, 5, null, null));

    private static List<String> fields(Violations v) {
        return v.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void valuesAreBroughtToTheirTypesFromJsonOrText() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("annualTonnage", "80000");
        given.put("cashOnDelivery", true);
        given.put("margin", 0.15);
        given.put("since", "2020-01-31");
        given.put("segment", "DEALER");
        given.put("note", "长期");
        Violations v = new Violations();
        Map<String, AttributeRules.Typed> typed = AttributeRules.validate("cement", CEMENT, given, v);
        assertTrue(v.isEmpty(), v.errors().toString());
        assertEquals(80000L, typed.get("annualTonnage").value());
        assertEquals(Boolean.TRUE, typed.get("cashOnDelivery").value());
        assertEquals(new BigDecimal("0.15"), typed.get("margin").value());
        assertEquals(LocalDate.of(2020, 1, 31), typed.get("since").value());
        assertEquals("80000", typed.get("annualTonnage").text());
        assertEquals(80000L, AttributeRules.read(AttributeType.INTEGER, "80000"));
    }

    @Test
    void everyWrongValueIsReportedWithItsField() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("annualTonnage", 1.5);
        given.put("cashOnDelivery", "yes");
        given.put("margin", "2");
        given.put("since", "31.01.2020");
        given.put("segment", "BUILDER");
        given.put("note", "太长的备注内容");
        given.put("colour", "red");
        Violations v = new Violations();
        AttributeRules.validate("cement", CEMENT, given, v);
        assertEquals(List.of("attributes.annualTonnage", "attributes.cashOnDelivery", "attributes.margin", "attributes.since",
                "attributes.segment", "attributes.note", "attributes.colour"), fields(v));
    }

    @Test
    void requiredAttributesAndRangesAreEnforced() {
        Violations v = new Violations();
        AttributeRules.validate("cement", CEMENT, Map.of(), v);
        assertEquals(List.of("attributes.annualTonnage"), fields(v));
        Violations negative = new Violations();
        AttributeRules.validate("cement", CEMENT, Map.of("annualTonnage", -1), negative);
        assertEquals(List.of("attributes.annualTonnage"), fields(negative));
    }

    @Test
    void withoutAnInstalledModuleNoAttributeIsAccepted() {
        Violations v = new Violations();
        AttributeRules.validate("bank", null, Map.of("rating", "AA"), v);
        assertEquals(List.of("attributes.rating"), fields(v));
        assertTrue(v.errors().get(0).message().contains("no industry module"));
        Violations none = new Violations();
        AttributeRules.validate("bank", null, null, none);
        assertTrue(none.isEmpty());
    }
}
