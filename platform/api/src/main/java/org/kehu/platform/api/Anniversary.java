package org.kehu.platform.api;

import java.time.LocalDate;

/** A date that recurs every year and deserves a care action (birthday, founding day, ...). */
public record Anniversary(AnniversaryKind kind, LocalDate date, String label) {
}
