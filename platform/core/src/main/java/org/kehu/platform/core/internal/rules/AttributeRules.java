package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kehu.platform.api.spi.AttributeDefinition;
import org.kehu.platform.api.spi.AttributeType;

/**
 * Validates industry extension attributes against the schema an industry
 * module declares and brings each value to its canonical type: INTEGER →
 * {@link Long}, DECIMAL → {@link BigDecimal}, BOOLEAN → {@link Boolean},
 * DATE → {@link LocalDate}, STRING and ENUM → {@link String}. Values may arrive
 * as JSON numbers or booleans or as text (SOAP sends text).
 */
public final class AttributeRules {

    /** Longest text any attribute may hold. */
    public static final int MAX_TEXT = 1000;

    private AttributeRules() {
    }

    /** A validated attribute value with its type. */
    public record Typed(AttributeType type, Object value) {

        public String text() {
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
    }

    /**
     * @param industry   the customer's industry, for messages
     * @param schema     the attributes the industry's module declares, or {@code null} when no module is installed
     * @param attributes the submitted values (may be {@code null})
     */
    public static Map<String, Typed> validate(String industry, List<AttributeDefinition> schema,
            Map<String, Object> attributes, Violations violations) {
        Map<String, Object> given = attributes == null ? Map.of() : attributes;
        Map<String, AttributeDefinition> byName = schema == null ? Map.of()
                : schema.stream().collect(Collectors.toMap(AttributeDefinition::name, Function.identity()));
        Map<String, Typed> result = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String field = "attributes." + entry.getKey();
            AttributeDefinition definition = byName.get(entry.getKey());
            if (definition == null) {
                violations.add(field, schema == null
                        ? "is not allowed: no industry module for '" + industry + "' is installed"
                        : "is not an attribute of industry '" + industry + "'");
                continue;
            }
            if (entry.getValue() == null) {
                continue;
            }
            Object value = convert(definition, entry.getValue(), field, violations);
            if (value != null) {
                result.put(definition.name(), new Typed(definition.type(), value));
            }
        }
        for (AttributeDefinition definition : byName.values()) {
            if (definition.required() && given.get(definition.name()) == null) {
                violations.add("attributes." + definition.name(), "is required for industry '" + industry + "'");
            }
        }
        return result;
    }

    /** Reads a stored value back to its canonical type. */
    public static Object read(AttributeType type, String text) {
        return switch (type) {
            case INTEGER -> Long.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case DATE -> LocalDate.parse(text);
            case STRING, ENUM -> text;
        };
    }

    private static Object convert(AttributeDefinition definition, Object raw, String field, Violations violations) {
        switch (definition.type()) {
            case STRING: {
                if (!(raw instanceof String s)) {
                    violations.add(field, "must be text");
                    return null;
                }
                int max = definition.maxLength() == null ? MAX_TEXT : Math.min(definition.maxLength(), MAX_TEXT);
                if (s.length() > max) {
                    violations.add(field, "must be at most " + max + " characters");
                    return null;
                }
                return s;
            }
            case ENUM: {
                if (!(raw instanceof String s) || !definition.values().contains(s)) {
                    violations.add(field, "must be one of " + definition.values());
                    return null;
                }
                return s;
            }
            case BOOLEAN: {
                if (raw instanceof Boolean b) {
                    return b;
                }
                if ("true".equals(raw) || "false".equals(raw)) {
                    return Boolean.valueOf((String) raw);
                }
                violations.add(field, "must be true or false");
                return null;
            }
            case DATE: {
                try {
                    if (raw instanceof String s) {
                        return LocalDate.parse(s);
                    }
                } catch (DateTimeParseException e) {
                    // reported below
                }
                violations.add(field, "must be a date as yyyy-MM-dd");
                return null;
            }
            case INTEGER:
            case DECIMAL: {
                BigDecimal number = number(raw);
                if (number == null) {
                    violations.add(field, definition.type() == AttributeType.INTEGER ? "must be a whole number" : "must be a number");
                    return null;
                }
                if (definition.type() == AttributeType.INTEGER) {
                    if (number.stripTrailingZeros().scale() > 0) {
                        violations.add(field, "must be a whole number");
                        return null;
                    }
                    if (number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                        violations.add(field, "is too large");
                        return null;
                    }
                }
                if (definition.min() != null && number.compareTo(definition.min()) < 0) {
                    violations.add(field, "must be at least " + definition.min().toPlainString());
                    return null;
                }
                if (definition.max() != null && number.compareTo(definition.max()) > 0) {
                    violations.add(field, "must be at most " + definition.max().toPlainString());
                    return null;
                }
                return definition.type() == AttributeType.INTEGER ? (Object) number.longValueExact() : number;
            }
            default:
                throw new IllegalStateException(definition.type().name());
        }
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof java.math.BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (raw instanceof String s) {
            try {
                return s.length() > 40 ? null : new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
