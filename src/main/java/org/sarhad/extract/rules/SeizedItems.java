package org.sarhad.extract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.SeizedItem;
import org.sarhad.extract.Span;

/**
 * Itemises what was seized: the list after "seized", "recovered", "confiscated", "seizure of" or before "were
 * recovered/found". Quantities from digits and number words ("an M-4 carbine" is 1); weights put the unit in the item
 * ("heroin (kg)"); money becomes "cash (US dollars)".
 */
public final class SeizedItems {
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(?:seized|confiscated|recovered|seizure of|found|"
            + "captured)\\s+(?!by\\b|from\\b|at\\b|in\\b|on\\b)(.+?)(?:\\s+(?:were|was) (?:also )?(?:found|recovered)|"
            + "\\s+(?:from|at|during|in|on) the\\b|\\.(?!\\d)|;|$)");
    private static final Pattern BEFORE = Pattern.compile("(?i)^(?:.*?:\\s*)?(.+?)\\s+(?:were|was) (?:also )?(?:recovered|"
            + "found|confiscated|seized)\\b");
    private static final Pattern WEIGHT = Pattern.compile("(?i)^(" + Numbers.TOKEN + ")\\s+(kilograms?|kg|kgs|grams?|"
            + "tons?|tonnes?)\\s+(?:of\\s+)?(.+)$");
    private static final Pattern MONEY = Pattern.compile("(?i)^\\$\\s?([\\d,]+(?:\\.\\d+)?)(?:\\s+(million))?(?:\\s+in)?"
            + "\\s*(?:cash)?$");
    private static final Pattern COUNTED = Pattern.compile("(?i)^(" + Numbers.TOKEN + ")\\s+(.+)$");
    private static final Pattern PART = Pattern.compile("(?:[^,]|,(?=\\d{3}))+?(?=,(?!\\d{3})\\s*|\\s+and\\s+|$)");
    private static final Pattern SKIP = Pattern.compile("(?i)^(?:various|other|some|a large|large|a cache|the|his|their"
            + "|its|them|it|power|control)\\b");

    private SeizedItems() {
    }

    public static List<SeizedItem> find(String text, Span clause) {
        String c = clause.of(text);
        Matcher m = AFTER.matcher(c);
        if (m.find()) {
            return items(text, clause.start() + m.start(1), m.group(1));
        }
        Matcher b = BEFORE.matcher(c);
        if (b.find()) {
            return items(text, clause.start() + b.start(1), b.group(1));
        }
        return List.of();
    }

    private static List<SeizedItem> items(String text, int offset, String list) {
        List<SeizedItem> out = new ArrayList<>();
        Matcher part = PART.matcher(list);
        while (part.find()) {
            String raw = part.group().replaceFirst("(?i)^\\s*(?:and|including|as well as)\\s+", "").strip();
            if (raw.isEmpty() || SKIP.matcher(raw).find() || raw.split("\\s+").length > 7) {
                continue;
            }
            SeizedItem item = item(raw, new Span(offset + part.start(), offset + part.end()));
            if (item != null) {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }

    static SeizedItem item(String raw, Span span) {
        Matcher money = MONEY.matcher(raw);
        if (money.find()) {
            BigDecimal v = new BigDecimal(money.group(1).replace(",", ""));
            return new SeizedItem("cash (US dollars)", money.group(2) != null ? v.multiply(BigDecimal.valueOf(1_000_000)) : v,
                    span);
        }
        Matcher w = WEIGHT.matcher(raw);
        if (w.find()) {
            String unit = w.group(2).toLowerCase(Locale.ROOT).startsWith("k") ? "kg"
                    : w.group(2).toLowerCase(Locale.ROOT).startsWith("g") ? "g" : "t";
            return new SeizedItem(w.group(3).strip() + " (" + unit + ")", Numbers.parse(w.group(1)), span);
        }
        Matcher n = COUNTED.matcher(raw);
        if (n.find() && Numbers.parse(n.group(1)) != null) {
            return new SeizedItem(n.group(2).strip(), Numbers.parse(n.group(1)), span);
        }
        return new SeizedItem(raw, null, span);
    }
}
