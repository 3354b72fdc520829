package org.kehu.platform.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/**
 * Analytics for integrations: grading runs over the customer population, the
 * grades they gave, and the installed reports (core and plugins) as tables.
 */
@WebService(name = "AnalyticsService", targetNamespace = AnalyticsSoapService.NS)
public interface AnalyticsSoapService {

    String NS = CustomerSoapService.NS;

    /**
     * Queues a run of an installed grading policy for a period ({@code 2026}, {@code 2026-Q3}, {@code 2026-07}) and
     * returns at once; poll {@code getGradingRun} until its state is {@code SUCCEEDED} or {@code FAILED}.
     */
    @WebMethod
    @WebResult(name = "run")
    AnalyticsTypes.GradingRunData startGradingRun(@WebParam(name = "policy") String policy,
            @WebParam(name = "period") String period) throws KehuFault;

    @WebMethod
    @WebResult(name = "run")
    AnalyticsTypes.GradingRunData getGradingRun(@WebParam(name = "id") long id) throws KehuFault;

    /** The customer's current grade under each policy that graded it, ordered by policy id. */
    @WebMethod
    @WebResult(name = "grade")
    List<AnalyticsTypes.GradeData> getCustomerGrades(@WebParam(name = "customerId") long customerId) throws KehuFault;

    /**
     * Runs an installed report with its parameters as name/value pairs; labels and texts follow {@code language}
     * ({@code zh-CN} or {@code en}, the default). A missing required parameter is a fault with a field error naming it.
     */
    @WebMethod
    @WebResult(name = "report")
    AnalyticsTypes.ReportData runReport(@WebParam(name = "reportId") String reportId,
            @WebParam(name = "parameter") List<AnalyticsTypes.ReportParameterData> parameters,
            @WebParam(name = "language") AnalyticsTypes.Language language) throws KehuFault;
}
