package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.DictionaryEntry;
import org.sarhad.extract.Span;

/**
 * Finds dictionary labels and aliases in text: case-, quote-, hyphen- and possessive-tolerant, whole words only,
 * longest first. Acronyms ("IS", "UN") must match case exactly; one-word capitalised names must be capitalised.
 */
public final class NameMatcher {
    /** A dictionary name found in the text, with every entry that carries that name. */
    public record Hit(Span span, String surface, List<DictionaryEntry> entries) {
    }

    private record Key(String folded, List<Variant> variants) {
    }

    private record Variant(DictionaryEntry entry, String name) {
    }

    private final List<Key> keys;
    private final AhoCorasick automaton;

    private NameMatcher(List<Key> keys) {
        this.keys = keys;
        this.automaton = new AhoCorasick(keys.stream().map(Key::folded).toList());
    }

    public static NameMatcher of(Dictionary dictionary) {
        Map<String, List<Variant>> byKey = new LinkedHashMap<>();
        List<DictionaryEntry> entries = new ArrayList<>(dictionary.entries());
        entries.sort(Comparator.comparing(DictionaryEntry::iri));
        for (DictionaryEntry e : entries) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(0, e.label());
            for (String name : names) {
                String k = TextFold.key(name);
                if (k.length() >= 2) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new Variant(e, name));
                }
            }
        }
        List<Key> keys = new ArrayList<>();
        byKey.forEach((k, v) -> keys.add(new Key(k, List.copyOf(v))));
        return new NameMatcher(List.copyOf(keys));
    }

    public List<Hit> find(String text) {
        TextFold fold = TextFold.of(text);
        String f = fold.folded();
        List<Hit> candidates = new ArrayList<>();
        for (AhoCorasick.Hit h : automaton.find(f)) {
            if (!wordBoundary(f, h.start() - 1) || !wordBoundary(f, h.end())) {
                continue;
            }
            Span span = new Span(fold.origin(h.start()), fold.originEnd(h.end()));
            String surface = span.of(text);
            List<DictionaryEntry> entries = new ArrayList<>();
            for (Variant v : keys.get(h.key()).variants()) {
                if (caseAgrees(v.name(), surface) && !entries.contains(v.entry())) {
                    entries.add(v.entry());
                }
            }
            if (!entries.isEmpty()) {
                candidates.add(new Hit(span, surface, List.copyOf(entries)));
            }
        }
        return longestFirst(candidates);
    }

    private static boolean wordBoundary(String f, int i) {
        return i < 0 || i >= f.length() || !Character.isLetterOrDigit(f.charAt(i));
    }

    /** Short all-capital names match only in capitals; one-word capitalised names only when capitalised. */
    static boolean caseAgrees(String name, String surface) {
        boolean acronym = name.length() <= 6 && name.chars().noneMatch(Character::isLowerCase);
        if (acronym) {
            return surface.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
        }
        boolean oneWord = name.indexOf(' ') < 0;
        return !oneWord || !Character.isUpperCase(name.charAt(0)) || Character.isUpperCase(surface.charAt(0))
                || Character.isDigit(surface.charAt(0));
    }

    /**
     * Longest first, then leftmost: "the National Resistance Front" is the front, not the newspaper "The National"
     * followed by two stray words.
     */
    private static List<Hit> longestFirst(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt((Hit h) -> -(h.span().end() - h.span().start()))
                .thenComparingInt(h -> h.span().start()));
        List<Hit> out = new ArrayList<>();
        for (Hit h : sorted) {
            if (out.stream().noneMatch(o -> o.span().start() < h.span().end() && h.span().start() < o.span().end())) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparingInt(h -> h.span().start()));
        return List.copyOf(out);
    }
}
