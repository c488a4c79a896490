package org.sarhad.linking;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.sarhad.extract.rules.TextFold;

/**
 * Place names folded for gazetteer lookups: the project's text fold ({@link TextFold#key}), then diacritics and
 * apostrophes dropped and generic words ("district", "province", "border post") removed; and a spelling skeleton that
 * lets transliteration variants meet (Kevron/Kevrun, Darvaz/Darvoz, Shohin/Shokhin, Qabodiyon/Qubodiyon).
 */
final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern QUOTES = Pattern.compile("['`\u02BB\u02BC\u02BF]");
    private static final Set<String> GENERIC = Set.of("district", "districts", "province", "region", "oblast", "county",
            "village", "jamoat", "border", "crossing", "post", "outpost", "valley", "town", "city", "area", "tribal",
            "autonomous", "the", "of", "frontier", "detachment", "checkpoint", "point", "station", "gate", "river",
            "road", "rayon", "raion", "viloyat", "wilayat", "governorate", "division", "agency", "no", "near");
    private static final int MIN_SKELETON = 3;

    private PlaceNames() {
    }

    /** Folded and stripped of diacritics, apostrophes and generic words; empty when nothing specific is left. */
    static String key(String name) {
        String s = Normalizer.normalize(TextFold.key(name), Normalizer.Form.NFD);
        s = QUOTES.matcher(MARKS.matcher(s).replaceAll("")).replaceAll("");
        StringBuilder b = new StringBuilder();
        for (String t : NOT_LETTER.split(s)) {
            if (!t.isEmpty() && !GENERIC.contains(t)) {
                b.append(b.length() == 0 ? "" : " ").append(t);
            }
        }
        return b.toString();
    }

    /**
     * The consonant skeleton of a key: common transliteration pairs merged (kh/h, q/k, w/v, dzh/j, gh/g), vowels but a
     * leading one dropped, doubled letters single. Null when too short to tell names apart.
     */
    static String skeleton(String key) {
        if (key.isEmpty() || !key.chars().allMatch(c -> c == ' ' || c < 128)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String t : key.split(" ")) {
            String w = t.replace("dzh", "j").replace("dj", "j").replace("zh", "j").replace("kh", "h").replace("gh", "g")
                    .replace('q', 'k').replace('w', 'v').replace('x', 'h').replace("ph", "f");
            StringBuilder sk = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean vowel = "aeiouy".indexOf(c) >= 0;
                if ((vowel && i > 0) || (sk.length() > 0 && sk.charAt(sk.length() - 1) == c)) {
                    continue;
                }
                sk.append(c);
            }
            out.append(out.length() == 0 ? "" : " ").append(sk);
        }
        return out.length() - out.chars().filter(c -> c == ' ').count() >= MIN_SKELETON ? out.toString() : null;
    }
}
