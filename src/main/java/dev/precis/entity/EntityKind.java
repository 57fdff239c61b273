package dev.precis.entity;

/** What an entity is, where the evidence supports a guess. */
public enum EntityKind {
    PERSON, ORGANIZATION, PLACE, OTHER
}
