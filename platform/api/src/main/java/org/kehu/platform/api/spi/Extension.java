package org.kehu.platform.api.spi;

/**
 * An installed SPI service as the platform lists it: its kind
 * ({@code grading-policy}, {@code workflow}, {@code report}, {@code shipment-check}),
 * id, industry ({@code *} for all), name in the asked locale, version when it has
 * one, and the id of the bundle that registered it.
 */
public record Extension(String kind, String id, String industry, String name, Integer version, Long bundleId) {
}
