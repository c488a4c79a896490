package org.sarhad.extract;

/** An actor taking part in an incident, in a role: {@code perpetrator}, {@code responding-force} or {@code target}. */
public record Participant(Mention actor, String role) {
}
