package org.sarhad.extract.rules;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.DictionaryEntry;

/** Place arithmetic over the dictionary hierarchy: ancestry and countries. */
final class Places {
    private static final int MAX_DEPTH = 8;

    private Places() {
    }

    /** The IRIs of a place and every place it lies in. */
    static Set<String> chain(Dictionary dictionary, Name n) {
        Set<String> out = new LinkedHashSet<>();
        DictionaryEntry e = n.entry();
        for (int i = 0; e != null && i < MAX_DEPTH && out.add(e.iri()); i++) {
            e = dictionary.get(e.parent()).orElse(null);
        }
        return out;
    }

    /** Same place, one inside the other, or names that share a word. */
    static boolean nested(Dictionary dictionary, Name a, Name b) {
        if (a.entry() != null && b.entry() != null) {
            return chain(dictionary, a).contains(b.entry().iri()) || chain(dictionary, b).contains(a.entry().iri());
        }
        if (shareWord(a.text(), b.text())) {
            return true;
        }
        if (a.entry() == null && b.entry() == null && a.level().equals(b.level())) {
            return false; // two districts, or two villages, of different names
        }
        boolean oneMinted = a.entry() == null || b.entry() == null;
        return oneMinted && (a.countryCode() == null || b.countryCode() == null
                || a.countryCode().equals(b.countryCode()));
    }

    static Set<String> countries(List<Name> places) {
        Set<String> out = new HashSet<>();
        for (Name p : places) {
            if (p.countryCode() != null) {
                out.add(p.countryCode());
            }
        }
        return out;
    }

    private static boolean shareWord(String a, String b) {
        Set<String> wa = words(a);
        wa.retainAll(words(b));
        return !wa.isEmpty();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (w.length() > 3 && !List.of("district", "region", "province", "village", "border", "valley", "city",
                    "town", "post", "area").contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
