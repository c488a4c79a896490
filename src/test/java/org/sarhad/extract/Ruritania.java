package org.sarhad.extract;

import java.time.LocalDate;
import java.util.List;
import org.sarhad.article.Article;

/**
 * The fictional test world the claim tests and fixtures write about: the country Ruritania (RU), its guard committee,
 * two armed groups (one Ruritanian), a council, two people and two outlets. Nothing here names a real party.
 */
public final class Ruritania {
    public static final String COMMITTEE = "urn:x:committee";
    public static final String FRONT = "urn:x:front";
    /** An armed group of Ruritania's own, fighting its state. */
    public static final String LEGION = "urn:x:legion";
    public static final String COUNCIL = "urn:x:council";
    public static final String HADDAD = "urn:x:ali";
    public static final String VARGA = "urn:x:lena";
    public static final String WIRE_DAILY = "urn:x:wire";
    public static final String HOME_NEWS = "urn:x:own";
    public static final String RURITANIA = "urn:x:ruritania";
    public static final String BORDURIA = "urn:x:borduria";

    /** The outlet every test article is published by, and so the one whose own narration is no claim. */
    public static final String OUTLET = "Home News";
    public static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);

    public static final Dictionary DICT = Dictionary.of(List.of(
            new DictionaryEntry(COMMITTEE, EntityKind.ACTOR, "GovernmentAgency",
                    "National Guard Committee of Ruritania", List.of("NGC"), "RU", null),
            new DictionaryEntry(FRONT, EntityKind.ACTOR, "ArmedGroup", "Valley Front", List.of(), null, null),
            new DictionaryEntry(LEGION, EntityKind.ACTOR, "ArmedGroup", "Hill Legion", List.of(), "RU", null),
            new DictionaryEntry(COUNCIL, EntityKind.ACTOR, "InternationalOrganization", "Peace Council",
                    List.of(), null, null),
            new DictionaryEntry(HADDAD, EntityKind.ACTOR, "Person", "Omar Haddad", List.of("Haddad"), null, null),
            new DictionaryEntry(VARGA, EntityKind.ACTOR, "Person", "Lena Varga", List.of("Varga"), null, null),
            new DictionaryEntry(WIRE_DAILY, EntityKind.OUTLET, "MediaOutlet", "Wire Daily", List.of(), null, null),
            new DictionaryEntry(HOME_NEWS, EntityKind.OUTLET, "MediaOutlet", "Home News", List.of(), null, null),
            new DictionaryEntry(RURITANIA, EntityKind.ACTOR, "State", "Ruritania", List.of("Ruritanian"), "RU", null),
            new DictionaryEntry(BORDURIA, EntityKind.ACTOR, "State", "Borduria", List.of("Bordurian"), "BD", null)));

    private static volatile Extractor extractor;

    private Ruritania() {
    }

    /** A test article with this text, published by Home News on 2024-06-12. */
    public static Article article(String id, String text) {
        return new Article(id, null, OUTLET, PUBLISHED, null, text, "test");
    }

    /** The one extractor over {@link #DICT}, made once per JVM. */
    public static Extractor extractor() {
        Extractor x = extractor;
        if (x == null) {
            synchronized (Ruritania.class) {
                x = extractor;
                if (x == null) {
                    x = Extractor.create(DICT);
                    extractor = x;
                }
            }
        }
        return x;
    }

    /** Every claim the extractor reads off this text. */
    public static List<Claim> claims(String text) {
        return extractor().extract(article("t", text)).claims();
    }
}
