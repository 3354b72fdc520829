package org.kehu.platform.api;

import java.time.LocalDate;

/** Static master data of a person. */
public record PersonProfile(Gender gender, LocalDate birthDate, MaritalStatus maritalStatus, String occupation) {
}
