package org.kehu.platform.soap.internal;

import static org.kehu.platform.soap.internal.SoapCalls.actor;
import static org.kehu.platform.soap.internal.SoapCalls.call;

import java.util.List;

import javax.jws.WebService;

import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.grading.GradingService;
import org.kehu.platform.api.spi.ExtensionCatalog;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;

/** The AnalyticsService SOAP endpoint: grading runs and grades, and reports, through the same services as REST. */
@WebService(serviceName = "AnalyticsService", portName = "AnalyticsServicePort",
        endpointInterface = "org.kehu.platform.soap.internal.AnalyticsSoapService", targetNamespace = AnalyticsSoapService.NS)
public class AnalyticsSoapEndpoint implements AnalyticsSoapService {

    private final GradingService grading;
    private final ExtensionCatalog extensions;

    public AnalyticsSoapEndpoint(GradingService grading, ExtensionCatalog extensions) {
        this.grading = grading;
        this.extensions = extensions;
    }

    @Override
    public AnalyticsTypes.GradingRunData startGradingRun(String policy, String period) throws KehuFault {
        return call(() -> AnalyticsMapping.toData(grading.start(actor(), policy, period)));
    }

    @Override
    public AnalyticsTypes.GradingRunData getGradingRun(long id) throws KehuFault {
        return call(() -> AnalyticsMapping.toData(grading.run(actor(), id)));
    }

    @Override
    public List<AnalyticsTypes.GradeData> getCustomerGrades(long customerId) throws KehuFault {
        return call(() -> grading.current(actor(), customerId).stream().map(AnalyticsMapping::toData).toList());
    }

    @Override
    public AnalyticsTypes.ReportData runReport(String reportId, List<AnalyticsTypes.ReportParameterData> parameters,
            AnalyticsTypes.Language language) throws KehuFault {
        return call(() -> {
            ReportProvider report = extensions.report(reportId == null ? "" : reportId.strip())
                    .orElseThrow(() -> new NotFoundException("No such report: " + reportId));
            var params = AnalyticsMapping.parameters(report, parameters);
            var locale = AnalyticsMapping.locale(language);
            return AnalyticsMapping.toData(report.id(), report.name(locale),
                    report.run(new ReportRequest(actor(), params, locale)), locale);
        });
    }
}
