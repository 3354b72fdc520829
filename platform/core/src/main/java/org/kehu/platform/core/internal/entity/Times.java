package org.kehu.platform.core.internal.entity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Conversions between the JDBC temporal types the entities store and java.time. */
final class Times {

    private Times() {
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static Timestamp ts(LocalDateTime dateTime) {
        return dateTime == null ? null : Timestamp.valueOf(dateTime);
    }

    static LocalDateTime dateTime(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime();
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
