package org.sarhad.extract.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.sarhad.extract.Claim;
import org.sarhad.extract.Span;

/** Tests that keep reporter narration, clause fragments and restatements out of the claims. */
final class ClaimFilters {
    /** Words a claimant phrase may have: "the press center of the Border Troops of the State Committee for ...". */
    static final int LONGEST_CLAIMANT = 20;

    /**
     * A subject that starts with a subordinator or preposition ("Unlike several states", "While no group"), holds a
     * measure ("350 kilometres with X and") or ends in a conjunction is a clause fragment, not a party.
     */
    private static final Pattern JUNK = Pattern.compile("(?i)^(?:unlike|whereas|despite|although|though|if|"
            + "because|whether|without|unless)\\b"
            + "|\\b\\d[\\d,.]*\\s+[a-z]|\\b(?:and|or|but|nor)$|\\bno\\s+(?:one|group|party|side|official)\\b"
            + "|^(?:a|the)\\s+(?:general\\s+)?(?:view|photo|picture|image|file)\\b");
    private static final String QUOTE_MARKS = "\u201C\u201D\"";

    private ClaimFilters() {
    }

    static boolean junkClaimant(String phrase) {
        return JUNK.matcher(phrase.strip()).find();
    }

    /** The span opens or closes at a quotation mark (within two characters of its ends). */
    static boolean quoted(String text, Span quote) {
        for (int i = Math.max(0, quote.start() - 2); i < Math.min(text.length(), quote.start() + 1); i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        for (int i = Math.max(0, quote.end() - 1); i < Math.min(text.length(), quote.end() + 2); i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X have claimed to have killed four, officials reported": the outer report carries a claim already found in
     * the same sentence (its quote holds that claim's speaker), so it adds no proposition of its own. A direct
     * quotation stays the speaker's own statement even when it cites someone.
     */
    static boolean nested(String text, Span quote, List<Claim> sameSentence) {
        if (quoted(text, quote)) {
            return false;
        }
        for (Claim c : sameSentence) {
            Span who = c.claimant().span();
            if (who != null && quote.contains(who) && quote.start() <= who.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "“The other side promised to open the road,” said X": a report inside a speaker's own quoted words is part of
     * what the speaker claims, not a claim of the party it names.
     */
    static List<Claim> withoutReportsInsideQuotations(String text, List<Claim> sameSentence) {
        List<Claim> out = new java.util.ArrayList<>();
        for (Claim c : sameSentence) {
            Span who = c.claimant().span();
            boolean inner = who != null && sameSentence.stream().anyMatch(d -> d != c && quoted(text, d.quote())
                    && d.quote().contains(c.quote()) && d.quote().contains(who));
            if (!inner) {
                out.add(c);
            }
        }
        return out.size() == sameSentence.size() ? sameSentence : out;
    }
}
