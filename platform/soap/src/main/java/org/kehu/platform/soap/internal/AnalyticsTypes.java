package org.kehu.platform.soap.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAttribute;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlEnumValue;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.XmlValue;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.kehu.platform.api.grading.GradingRunState;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;

/**
 * The XML types of the AnalyticsService contract; their shape is the WSDL checked
 * into the repository. The fault's problem is that of {@link Types}.
 */
public final class AnalyticsTypes {

    private AnalyticsTypes() {
    }

    /** A run of a grading policy; {@code total} is known once it started, {@code error} says why it failed. */
    @XmlType(name = "GradingRun", propOrder = {"id", "policyId", "policyVersion", "period", "state", "total", "processed",
        "error", "requestedBy", "requestedAt", "startedAt", "finishedAt"})
    public static class GradingRunData {
        public long id;
        @XmlElement(required = true)
        public String policyId;
        public int policyVersion;
        @XmlElement(required = true)
        public String period;
        @XmlElement(required = true)
        public GradingRunState state;
        public long total;
        public long processed;
        public String error;
        public String requestedBy;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant requestedAt;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant startedAt;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant finishedAt;
    }

    /** A customer's current grade under a policy, with the reason and the run that gave it. */
    @XmlType(name = "Grade", propOrder = {"customerId", "policyId", "policyVersion", "period", "grade", "reason", "runId",
        "assignedAt"})
    public static class GradeData {
        public long customerId;
        @XmlElement(required = true)
        public String policyId;
        public int policyVersion;
        @XmlElement(required = true)
        public String period;
        @XmlElement(required = true)
        public String grade;
        public String reason;
        public long runId;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant assignedAt;
    }

    /** A report parameter by the name the report lists, e.g. {@code group} = {@code region}. */
    @XmlType(name = "ReportParameter", propOrder = {"name", "value"})
    public static class ReportParameterData {
        @XmlElement(required = true)
        public String name;
        public String value;
    }

    /** The language of labels and texts. */
    @XmlType(name = "Language")
    @XmlEnum
    public enum Language {
        @XmlEnumValue("zh-CN")
        ZH_CN,
        @XmlEnumValue("en")
        EN
    }

    /** A column: its key, type and header label in the requested language. */
    @XmlType(name = "ReportColumn", propOrder = {"key", "type", "label"})
    public static class ReportColumnData {
        @XmlElement(required = true)
        public String key;
        @XmlElement(required = true)
        public ColumnType type;
        public String label;
    }

    /**
     * A value of a row as text, named by its column's key: decimals plain ({@code 0.25} for 25 %), dates ISO
     * ({@code 2026-07-01}). An empty value has no cell.
     */
    @XmlType(name = "ReportCell")
    public static class ReportCellData {
        @XmlAttribute(required = true)
        public String column;
        @XmlValue
        public String value;
    }

    /** A row's cells in column order. */
    @XmlType(name = "ReportRow", propOrder = {"cells"})
    public static class ReportRowData {
        @XmlElement(name = "cell")
        public List<ReportCellData> cells = new ArrayList<>();
    }

    /** A report's table: typed columns, rows, an optional totals row and how it is best drawn. */
    @XmlType(name = "Report", propOrder = {"id", "name", "columns", "rows", "totals", "chart"})
    public static class ReportData {
        @XmlElement(required = true)
        public String id;
        public String name;
        @XmlElement(name = "column")
        public List<ReportColumnData> columns = new ArrayList<>();
        @XmlElement(name = "row")
        public List<ReportRowData> rows = new ArrayList<>();
        public ReportRowData totals;
        public ChartHint chart;
    }
}
