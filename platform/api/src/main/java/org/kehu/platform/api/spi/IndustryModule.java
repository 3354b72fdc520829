package org.kehu.platform.api.spi;

import java.util.List;
import java.util.Locale;

/**
 * An industry (telecom, real estate, cement, ...) installed into the platform.
 * <p>
 * Contract: registered as an OSGi service with {@link KehuProperties#INDUSTRY}
 * equal to {@link #id()}. Customers whose {@code industry} is this id may carry
 * the extension attributes returned by {@link #attributes()}; the platform
 * validates them like core fields and rejects attributes not declared here.
 * Implementations must be thread-safe and return the same schema for the
 * lifetime of the service.
 */
public interface IndustryModule {

    /** Lower-case id, e.g. {@code cement}, {@code fuel-card}. */
    String id();

    /** The industry's name for people, in {@code zh-CN} or {@code en} (the default). */
    String name(Locale locale);

    /** The typed extension attributes this industry adds to its customers. */
    List<AttributeDefinition> attributes();
}
