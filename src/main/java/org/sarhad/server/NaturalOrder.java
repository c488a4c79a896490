package org.sarhad.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders IRIs ending in numbers by value ("…-i2" before "…-i10"), so parts keep the order the article gave. */
final class NaturalOrder {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d{1,17})$");

    private NaturalOrder() {
    }

    static int compare(String a, String b) {
        Matcher ma = TRAILING_NUMBER.matcher(a);
        Matcher mb = TRAILING_NUMBER.matcher(b);
        if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))) {
            return Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
        }
        return a.compareTo(b);
    }
}
