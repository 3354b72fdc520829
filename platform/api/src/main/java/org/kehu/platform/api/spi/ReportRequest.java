package org.kehu.platform.api.spi;

import java.util.Locale;
import java.util.Map;

import org.kehu.platform.api.Actor;

/** A report run: who asks (the report must respect the caller's data scope), the parameters and the locale. */
public record ReportRequest(Actor actor, Map<String, String> parameters, Locale locale) {

    public ReportRequest {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
