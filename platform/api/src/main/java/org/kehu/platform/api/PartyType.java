package org.kehu.platform.api;

/** A customer is a party: an organization or a person. */
public enum PartyType {
    ORGANIZATION,
    PERSON
}
