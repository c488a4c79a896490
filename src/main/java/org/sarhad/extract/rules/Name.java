package org.sarhad.extract.rules;

import java.util.regex.Pattern;
import org.sarhad.extract.DictionaryEntry;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Mention;
import org.sarhad.extract.Span;

/**
 * A name found in the text: linked to a dictionary entry, or minted from a pattern ("X district", "the Y group").
 *
 * @param span        the verbatim extent, designator included ("Khatlon region")
 * @param kind        actor, place or outlet
 * @param entry       the dictionary entry, or null when minted
 * @param type        the entry's class, or the guessed class when minted
 * @param countryCode ISO code of the state it belongs to, or null
 */
public record Name(Span span, String text, EntityKind kind, DictionaryEntry entry, String type, String countryCode) {
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");

    public boolean isPlace() {
        return kind == EntityKind.PLACE;
    }

    public boolean isActor() {
        return kind != EntityKind.PLACE;
    }

    /** Place level used for incident places: country, admin1, admin2, location. */
    public String level() {
        switch (type) {
            case "Country":
                return "country";
            case "AdministrativeRegion":
                return "admin1";
            case "District":
                return "admin2";
            default:
                return "location";
        }
    }

    public Mention mention() {
        String label = entry != null ? entry.label() : LEADING_THE.matcher(text).replaceFirst("").strip();
        return new Mention(text, span, kind, entry != null ? entry.iri() : null, label, entry != null ? null : type);
    }

    public String label() {
        return mention().label();
    }
}
