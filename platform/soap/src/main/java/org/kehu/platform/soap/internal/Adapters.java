package org.kehu.platform.soap.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.xml.bind.annotation.adapters.XmlAdapter;

/** ISO-8601 text for java.time values in XML. */
public final class Adapters {

    private Adapters() {
    }

    public static class DateAdapter extends XmlAdapter<String, LocalDate> {
        @Override
        public LocalDate unmarshal(String v) {
            return v == null ? null : LocalDate.parse(v.strip());
        }

        @Override
        public String marshal(LocalDate v) {
            return v == null ? null : v.toString();
        }
    }

    public static class DateTimeAdapter extends XmlAdapter<String, LocalDateTime> {
        @Override
        public LocalDateTime unmarshal(String v) {
            return v == null ? null : LocalDateTime.parse(v.strip());
        }

        @Override
        public String marshal(LocalDateTime v) {
            return v == null ? null : v.toString();
        }
    }

    public static class InstantAdapter extends XmlAdapter<String, Instant> {
        @Override
        public Instant unmarshal(String v) {
            return v == null ? null : Instant.parse(v.strip());
        }

        @Override
        public String marshal(Instant v) {
            return v == null ? null : v.toString();
        }
    }
}
