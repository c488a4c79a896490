package org.sarhad.extract;

import java.math.BigDecimal;

/**
 * Materiel recovered in an incident, itemised as the text gives it.
 *
 * @param item     what was seized, as in the text ("Kalashnikov assault rifles"; weights carry the unit: "heroin (kg)")
 * @param quantity how many or how much; null when not quantified
 * @param span     where the item is named
 */
public record SeizedItem(String item, BigDecimal quantity, Span span) {
}
