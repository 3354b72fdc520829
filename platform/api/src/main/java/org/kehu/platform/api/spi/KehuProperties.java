package org.kehu.platform.api.spi;

/** Service property names every SPI service carries. */
public final class KehuProperties {

    /** The industry the service belongs to, e.g. {@code cement}; the value of {@link IndustryModule#id()}. */
    public static final String INDUSTRY = "kehu.industry";

    /** The service's own id, unique among services of the same SPI type. */
    public static final String ID = "kehu.id";

    private KehuProperties() {
    }
}
