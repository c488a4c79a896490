package org.sarhad.extract.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Mention;
import org.sarhad.extract.Span;

/**
 * Resolves short references to the entity named earlier: "he"/"she" to the last person, "it"/"they" to the last
 * organisation, "the committee", "the group", "the ministry", "the military" to the last actor whose label has that
 * head noun.
 */
final class Coreference {
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> COLLECTIVE = Set.of("it", "they");
    private static final Set<String> ROLES = Set.of("spokesman", "spokesperson", "spokeswoman", "minister",
            "president", "official", "commander", "chief", "head", "leader", "governor", "commissioner");

    private static final java.util.Map<String, String> TYPE_OF_HEAD = java.util.Map.ofEntries(
            java.util.Map.entry("group", "ArmedGroup"), java.util.Map.entry("organization", "ArmedGroup"),
            java.util.Map.entry("organisation", "ArmedGroup"), java.util.Map.entry("outfit", "ArmedGroup"),
            java.util.Map.entry("militants", "ArmedGroup"), java.util.Map.entry("committee", "GovernmentAgency"),
            java.util.Map.entry("ministry", "GovernmentAgency"), java.util.Map.entry("agency", "GovernmentAgency"),
            java.util.Map.entry("service", "SecurityForce"), java.util.Map.entry("military", "SecurityForce"),
            java.util.Map.entry("army", "SecurityForce"), java.util.Map.entry("troops", "SecurityForce"),
            java.util.Map.entry("government", "State"));

    private final List<Name> names;

    Coreference(List<Name> names) {
        this.names = names;
    }

    /** The entity a subject phrase refers to, or null when it names nothing known. */
    Mention resolve(String phrase, Span span) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z\\s'-]", "").strip();
        Name direct = named(span);
        if (direct != null && "Person".equals(direct.type()) && possessor(direct, phrase, span)) {
            return null; // "Japarov's office said": the office speaks, not the person it belongs to
        }
        if (direct != null) {
            return direct.mention();
        }
        if (PERSONAL.contains(p) || isRole(p)) {
            return rename(last(span.start(), n -> "Person".equals(n.type())), phrase, span);
        }
        if (COLLECTIVE.contains(p)) {
            return rename(last(span.start(), n -> n.isActor() && !"Person".equals(n.type())), phrase, span);
        }
        String head = p.replaceAll("^(the|its|their|this|that)\\s+", "");
        if (!head.equals(p) && !head.isEmpty()) {
            String noun = head.substring(head.lastIndexOf(' ') + 1);
            java.util.function.Predicate<Name> owned = owner(p, span);
            Name earlier = last(span.start(), n -> n.isActor() && n.label().toLowerCase(Locale.ROOT).contains(noun)
                    && owned.test(n));
            if (earlier == null && TYPE_OF_HEAD.containsKey(noun)) {
                earlier = last(span.start(), n -> TYPE_OF_HEAD.get(noun).equals(n.type()) && owned.test(n));
            }
            return rename(earlier, phrase, span);
        }
        return null;
    }

    /**
     * Where the person a bare "he"/"she" would resolve to is named, or -1 when none stands before. Only persons:
     * the last organisation before an "it" is as often one named inside the previous claim as the speaker.
     */
    int personalAntecedentEnd(String phrase, int before) {
        Name n = PERSONAL.contains(phrase.toLowerCase(Locale.ROOT).strip()) ? last(before, x -> "Person".equals(x.type()))
                : null;
        return n == null ? -1 : n.span().end();
    }

    /**
     * "The Taliban did not comment, but it has rejected ...": a pronoun whose antecedent is named earlier in its own
     * sentence; the mention carries that name's text. Null when the sentence names no fitting entity first, or only
     * inside a quotation (the speaker of "“... the terrorists ...,” it said" is not the terrorists).
     */
    Mention sameSentence(String text, String phrase, Span span, int sentenceStart) {
        String p = phrase.toLowerCase(Locale.ROOT);
        java.util.function.Predicate<Name> fits = PERSONAL.contains(p) ? n -> "Person".equals(n.type())
                : COLLECTIVE.contains(p) ? n -> n.isActor() && !"Person".equals(n.type())
                && !"MediaOutlet".equals(n.type()) : null;
        if (fits == null) {
            return null;
        }
        Name n = last(span.start(), fits);
        if (n == null || n.span().start() < sentenceStart
                || text.substring(n.span().end(), span.start()).matches("(?s).*[\u201C\u201D\"].*")) {
            return null;
        }
        Mention m = n.mention();
        return new Mention(n.text(), span, m.kind(), m.entityRef(), m.label(), m.type());
    }

    /**
     * "its border service" belongs to the state named last before it ("a Tajik portal, citing its border service"):
     * an earlier service of another state is not the one meant.
     */
    private java.util.function.Predicate<Name> owner(String phrase, Span span) {
        if (!phrase.startsWith("its ") && !phrase.startsWith("their ")) {
            return n -> true;
        }
        Name possessor = last(span.start(), n -> n.countryCode() != null);
        String state = possessor == null ? null : possessor.countryCode();
        return n -> state == null || state.equals(n.countryCode());
    }

    boolean isPerson(String iri) {
        return names.stream().anyMatch(n -> n.entry() != null && n.entry().iri().equals(iri) && "Person".equals(n.type()));
    }

    private boolean isRole(String p) {
        String[] w = p.split("\\s+");
        return w.length <= 4 && ROLES.contains(w[w.length - 1]) && (p.startsWith("the ") || p.startsWith("a "));
    }

    /** The name stands before "'s" and more words inside the claimant phrase: it owns the speaker, it is not one. */
    private static boolean possessor(Name n, String phrase, Span span) {
        int end = n.span().end() - span.start();
        if (end < 0 || end > phrase.length()) {
            return false;
        }
        String rest = phrase.substring(end);
        return (rest.startsWith("'s ") || rest.startsWith("\u2019s ")) && rest.substring(3).strip().length() > 1;
    }

    /** The most salient name inside the phrase: a person, then an organisation, then a state. */
    private Name named(Span span) {
        Name best = null;
        for (Name n : names) {
            if (span.contains(n.span()) && n.isActor()) {
                if (best == null || rank(n) < rank(best)) {
                    best = n;
                }
            }
        }
        return best;
    }

    private static int rank(Name n) {
        if ("Person".equals(n.type())) {
            return 0;
        }
        return "State".equals(n.type()) ? 2 : "MediaOutlet".equals(n.type()) ? 3 : 1;
    }

    private Name last(int before, java.util.function.Predicate<Name> p) {
        Name found = null;
        for (Name n : names) {
            if (n.span().end() <= before && p.test(n)) {
                found = n;
            }
        }
        return found;
    }

    private static Mention rename(Name n, String phrase, Span span) {
        if (n == null) {
            return null;
        }
        Mention m = n.mention();
        return new Mention(phrase, span, m.kind() == EntityKind.OUTLET ? EntityKind.OUTLET : m.kind(), m.entityRef(),
                m.label(), m.type());
    }
}
