package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Span;
import org.sarhad.extract.doc.Document;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;

/**
 * Places the reference data does not know, read off the tagged tokens: a proper name after a locative preposition
 * ("in Mirjaveh", "near Panjgur") or after a known state's possessive ("in Uzbekistan's Surkhondaryo", which also
 * gives its state). Calendar words, acronyms and names already found as something else are left alone.
 */
public final class LocativePlaces {
    private static final int LONGEST = 3;

    private final Lexicon lexicon;

    LocativePlaces(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static LocativePlaces standard() {
        return new LocativePlaces(Lexicon.standard());
    }

    /** {@code names} with the places found here added, in text order. */
    public List<Name> addTo(Document document, List<Name> names) {
        List<Name> out = new ArrayList<>(names);
        for (Sentence s : document.sentences()) {
            if (s.furniture()) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (lexicon.is("locative", t.word().toLowerCase(java.util.Locale.ROOT)) && t.tag().equals("IN")) {
                    Name found = after(document.text(), s, t.index() + 1, out);
                    if (found != null) {
                        out.add(found);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(n -> n.span().start()));
        return List.copyOf(out);
    }

    private Name after(String text, Sentence s, int at, List<Name> names) {
        int start = at;
        String country = null;
        Name state = covering(names, s, start);
        if (state != null && "Country".equals(state.type())) {
            int next = s.tokenAt(state.span().end() - 1).map(Token::index).orElse(-1) + 1;
            if (next + 1 < s.tokens().size() && s.token(next).tag().equals("POS")) {
                country = state.countryCode();
                start = next + 1;
            }
        }
        boolean determiner = country == null && start < s.tokens().size() && s.token(start).tag().equals("DT")
                && s.token(start).word().equalsIgnoreCase("the");
        if (determiner) {
            start++;
        }
        int end = start;
        while (end < s.tokens().size() && end - start < LONGEST && properName(s.token(end))) {
            end++;
        }
        if (end == start || end < s.tokens().size() && properName(s.token(end))) {
            return null;
        }
        int feature = featureEnd(s, end);
        if (feature > end) {
            end = feature;
        } else if (determiner) {
            return null; // "near the Front": a name after "the" is a place only when a site noun heads it
        }
        Span span = new Span(s.token(start).span().start(), s.token(end - 1).span().end());
        boolean taken = names.stream().anyMatch(n -> n.span().start() < span.end() && span.start() < n.span().end());
        if (taken || end < s.tokens().size() && s.token(end).tag().equals("POS") && country == null
                || s.token(at - 1).word().equalsIgnoreCase("in") && seatOfAParty(s, end - 1)) {
            return null; // "in Kabul's view": a possessor, not a place
        }
        return new Name(span, span.of(text), EntityKind.PLACE, null, "Locality", country);
    }

    /**
     * "Dostan water distribution station", "Velna border crossing": up to three common nouns after the name, up to the
     * last site or feature noun among them, make one place with it. The index after that noun, or {@code at}.
     */
    private int featureEnd(Sentence s, int at) {
        int end = at;
        int found = at;
        while (end < s.tokens().size() && end - at < LONGEST && s.token(end).tag().startsWith("NN")
                && !s.token(end).tag().startsWith("NNP")) {
            end++;
            if (lexicon.is("place-feature", s.token(end - 1).lemma())) {
                found = end;
            }
        }
        return found; // "the Velna river bank": the bank is on the place "Velna river"
    }

    /**
     * "an official in Tehran", "the ministry in Kabul": the place only says where a person or body sits, which is
     * no event's place. Only "in" says so: "guards near the X station", "soldiers at the Y post" are where they were.
     */
    private boolean seatOfAParty(Sentence s, int name) {
        int head = s.parsed() ? s.parent(name) : -1;
        if (head < 0 || !s.token(head).isNoun()) {
            return false;
        }
        String l = s.token(head).lemma();
        return lexicon.is("person-role", l) || lexicon.is("organisation-noun", l) || lexicon.is("speaker-noun", l);
    }

    /** A capitalised word tagged as a proper noun; not a month, a weekday, an acronym or a word with digits. */
    private static boolean properName(Token t) {
        String w = t.word();
        boolean acronym = w.length() <= 5 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
        return t.tag().startsWith("NNP") && Character.isUpperCase(w.charAt(0)) && !acronym
                && w.chars().noneMatch(Character::isDigit) && !DateResolver.calendarWord(w);
    }

    private static Name covering(List<Name> names, Sentence s, int token) {
        if (token >= s.tokens().size()) {
            return null;
        }
        Span at = s.token(token).span();
        return names.stream().filter(n -> n.span().start() == at.start()).findFirst().orElse(null);
    }
}
