package org.sarhad.extract;

/** What kind of thing a mention names; also the {@code kind} segment of its IRI. */
public enum EntityKind {
    ACTOR("actor"), PLACE("place"), OUTLET("actor");

    private final String iriKind;

    EntityKind(String iriKind) {
        this.iriKind = iriKind;
    }

    public String iriKind() {
        return iriKind;
    }
}
