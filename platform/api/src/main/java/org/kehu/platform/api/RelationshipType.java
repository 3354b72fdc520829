package org.kehu.platform.api;

/**
 * Relationship types, each defined once: {@code HOLDING} (from the holding
 * organization to its subsidiary), {@code EMPLOYMENT} (from the employing
 * organization to the person), {@code FAMILY} (between persons) and
 * {@code PARTNER} (between any parties).
 */
public enum RelationshipType {
    HOLDING(PartyType.ORGANIZATION, PartyType.ORGANIZATION),
    EMPLOYMENT(PartyType.ORGANIZATION, PartyType.PERSON),
    FAMILY(PartyType.PERSON, PartyType.PERSON),
    PARTNER(null, null);

    private final PartyType fromType;
    private final PartyType toType;

    RelationshipType(PartyType fromType, PartyType toType) {
        this.fromType = fromType;
        this.toType = toType;
    }

    /** The party type required at the {@code from} end, or {@code null} for any. */
    public PartyType fromType() {
        return fromType;
    }

    /** The party type required at the {@code to} end, or {@code null} for any. */
    public PartyType toType() {
        return toType;
    }
}
