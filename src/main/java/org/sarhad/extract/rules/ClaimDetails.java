package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sarhad.article.Article;
import org.sarhad.extract.Claim;
import org.sarhad.extract.DateValue;
import org.sarhad.extract.Mention;
import org.sarhad.extract.Span;
import org.sarhad.extract.Stance;

/** Claim date, topics, reporting chain, evidence given and responses of claims. */
final class ClaimDetails {
    private static final Pattern NO_EVIDENCE = Pattern.compile("(?i)\\b(?:did not|didn't|failed to) (?:provide|offer|"
            + "give|present|share) (?:any )?evidence|\\bwithout (?:providing |offering |giving )?(?:any )?evidence|"
            + "\\bprovided no evidence");
    private static final Pattern WITH_EVIDENCE = Pattern.compile("(?i)\\breleased (?:a |some )?(?:photos?|videos?|"
            + "footage|images|pictures)|\\baccompanied by (?:a |some )?(?:recording|video|photos?|footage)|"
            + "\\bto back (?:its|their|his|her) claims?|\\bprovided (?:photos?|videos?|evidence)");
    private static final Pattern PLATFORM = Pattern.compile("(?i)^(?:x|telegram|twitter|facebook)$");

    private final Article article;
    private final List<Name> names;
    private final java.util.Map<Integer, List<DateResolver.DateHit>> dates = new java.util.HashMap<>();

    ClaimDetails(Article article, List<Name> names) {
        this.article = article;
        this.names = names;
    }

    DateValue date(Span sentence) {
        List<DateResolver.DateHit> hits = dates.computeIfAbsent(sentence.start(), k -> DateResolver.find(article.text(),
                sentence.start(), sentence.end(), article.published()));
        for (DateResolver.DateHit d : hits) {
            if (d.statement() && d.value().known()) {
                return d.value();
            }
        }
        return DateValue.unknown();
    }

    List<String> about(Span quote) {
        Set<String> out = new LinkedHashSet<>();
        for (Name n : names) {
            if (quote.contains(n.span()) && out.size() < 4) {
                out.add(n.text());
            }
        }
        return List.copyOf(out);
    }

    List<Mention> reportedBy(Span sentence, Mention claimant) {
        List<Mention> out = new ArrayList<>();
        for (Name n : names) {
            if (!sentence.contains(n.span()) || !"MediaOutlet".equals(n.type()) || ownOutlet(n)
                    || PLATFORM.matcher(n.text()).matches() || n.label().equals(claimant.label())
                    || claimant.span().contains(n.span())) {
                continue;
            }
            if (out.stream().noneMatch(m -> m.label().equals(n.label()))) {
                out.add(n.mention());
            }
        }
        return List.copyOf(out);
    }

    boolean ownOutlet(Name n) {
        String outlet = article.outlet() == null ? "" : TextFold.key(article.outlet());
        return !outlet.isEmpty() && (outlet.startsWith(TextFold.key(n.label()))
                || outlet.startsWith(TextFold.key(n.text())));
    }

    /** "did not provide evidence" / "released a video" set evidence on this sentence's claims or the last one. */
    void evidence(Span sentence, List<Claim> all, List<Claim> here) {
        String s = sentence.of(article.text());
        String lower = s.toLowerCase(Locale.ROOT);
        if (!(lower.contains("evidence") || lower.contains("video") || lower.contains("photo")
                || lower.contains("footage") || lower.contains("recording") || lower.contains("image")
                || lower.contains("picture") || lower.contains("back its") || lower.contains("back their"))) {
            return;
        }
        java.util.regex.Matcher no = NO_EVIDENCE.matcher(s);
        java.util.regex.Matcher yes = WITH_EVIDENCE.matcher(s);
        Boolean given = no.find() ? Boolean.FALSE : yes.find() ? Boolean.TRUE : null;
        if (given == null || all.isEmpty()) {
            return;
        }
        int phrase = sentence.start() + (given ? yes.start() : no.start());
        int own = ownClaim(sentence, phrase, all, here, lower);
        if (own >= 0) {
            all.set(own, withEvidence(all.get(own), given));
            return;
        }
        int from = here.isEmpty() ? all.size() - 1 : all.size() - here.size();
        int lastBefore = all.size() - here.size() - 1;
        for (int i = Math.max(0, Math.min(from, lastBefore)); i < all.size(); i++) {
            all.set(i, withEvidence(all.get(i), given));
        }
    }

    /**
     * "Kakar did not provide evidence to support his allegation": the party named before the evidence phrase marks
     * its own nearest earlier claim (an allegation when the sentence speaks of one), not whichever claim came last.
     * -1 when the sentence names no party with an earlier claim.
     */
    private int ownClaim(Span sentence, int phrase, List<Claim> all, List<Claim> here, String lower) {
        Name subject = null;
        for (Name n : names) {
            if (n.isActor() && n.span().start() >= sentence.start() && n.span().end() <= phrase) {
                subject = n;
                break;
            }
        }
        if (subject == null) {
            return -1;
        }
        boolean allegation = lower.contains("allegation") || lower.contains("claim") || lower.contains("accusation");
        int nearest = -1;
        for (int i = all.size() - here.size() - 1; i >= 0; i--) {
            Claim c = all.get(i);
            if (!c.claimant().label().equals(subject.label())) {
                continue;
            }
            if (!allegation || c.stance() == Stance.ACCUSES) {
                return i;
            }
            nearest = nearest < 0 ? i : nearest;
        }
        return nearest;
    }

    private static Claim withEvidence(Claim c, Boolean given) {
        return new Claim(c.key(), c.claimant(), c.claimantText(), c.stance(), c.about(), c.date(), c.quote(),
                c.reportedBy(), given, c.respondsTo(), c.evidence(), c.rule());
    }

    /** "X rejected a UN report claiming that ...": the claim whose maker the rejection itself names. */
    private static String named(Claim rejection, List<Claim> claims) {
        for (Claim c : claims) {
            if (c != rejection && c.claimant().span() != null && rejection.quote().contains(c.claimant().span())
                    && !c.claimant().label().equalsIgnoreCase(rejection.claimant().label())) {
                return c.key();
            }
        }
        return null;
    }

    /** The claim quotes the party's own words: its quote holds or touches a quotation mark. */
    private boolean directWords(Claim c) {
        String q = c.quote().of(article.text());
        return ClaimFilters.quoted(article.text(), c.quote()) || q.indexOf('\u201C') >= 0 || q.indexOf('"') >= 0;
    }

    /**
     * The same party rejecting the same claim again ("rejected the report ... once again rejects") is one claim: the
     * index of the earlier one kept, or -1.
     */
    private static int restated(Claim c, String answered, List<Claim> kept) {
        for (int i = 0; i < kept.size(); i++) {
            Claim k = kept.get(i);
            if (answered.equals(k.respondsTo()) && k.stance() == c.stance()
                    && k.claimant().label().equalsIgnoreCase(c.claimant().label())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A rejection or denial answers the latest earlier claim by someone else; a second one by the same party
     * answering the same claim restates the first: one is kept, the claimant's own quoted words before a narrated
     * summary (keys keep their numbers, so gaps may appear).
     */
    List<Claim> responses(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String answered = null;
            if (c.stance().answers()) {
                answered = named(c, claims);
                for (int j = i - 1; j >= 0 && answered == null; j--) {
                    if (!claims.get(j).claimant().label().toLowerCase(Locale.ROOT)
                            .equals(c.claimant().label().toLowerCase(Locale.ROOT))) {
                        answered = claims.get(j).key();
                    }
                }
            }
            Claim linked = answered == null ? c : new Claim(c.key(), c.claimant(), c.claimantText(), c.stance(),
                    c.about(), c.date(), c.quote(), c.reportedBy(), c.evidenceGiven(), answered, c.evidence(), c.rule());
            int earlier = answered == null ? -1 : restated(c, answered, out);
            if (earlier < 0) {
                out.add(linked);
            } else if (directWords(c) && !directWords(out.get(earlier))) {
                out.set(earlier, linked);
            }
        }
        return List.copyOf(out);
    }
}
