package org.kehu.platform.api.spi;

import java.util.List;
import java.util.Locale;

/**
 * A report. The platform lists it, validates its parameters and renders its
 * table as JSON, CSV or XLSX.
 * <p>
 * Contract: register as an OSGi service with {@link KehuProperties#ID} equal to
 * {@link #id()} and {@link KehuProperties#INDUSTRY} (or {@code *}).
 * {@link #run} must not write, must show only what the caller may see, and
 * throws {@link org.kehu.platform.api.ValidationException} for bad parameters.
 */
public interface ReportProvider {

    String id();

    String name(Locale locale);

    List<ReportParameter> parameters();

    ReportTable run(ReportRequest request);
}
