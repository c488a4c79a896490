package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.article.Article;
import org.sarhad.extract.Claim;
import org.sarhad.extract.DateValue;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Mention;
import org.sarhad.extract.Span;

/**
 * Claims from reported speech and attribution: "X said (that) ...", "..., X said", "according to X, ...",
 * "X accused Y of ...", "X denied/rejected ...", "citing X, Y reported: ...", "X cited a statement from Y".
 * The claimant is the subject, resolved through coreference; the quote is the reported clause.
 */
public final class ClaimFinder {
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\s+(?:a\\s+(?:statement|press release|"
            + "report)\\s+(?:from|by|of)\\s+)?((?:the\\s+)?[^,.;]{2,90}?)(?=,|\\.|;|$|\\s+(?:quoted|cited)\\b)");
    private static final Pattern CITING = Pattern.compile("(?i)^\\W*(?:citing|quoting)\\s+((?:the\\s+)?[^,]{2,80}),");
    private static final Pattern FROM = Pattern.compile("(?i)^\\s*(?:a\\s+)?(?:statement|report|release|data)?\\s*"
            + "(?:from|by|of)\\s+((?:the\\s+)?[^,.;]{2,80})");
    private static final Pattern QUOTED_BY = Pattern.compile("(?i)\\b(?:quoted|cited) by\\s+(?:the\\s+)?([^,.;]{2,60}?)"
            + "(?=,|\\.|;|$|\\s+as\\b)");
    private static final Pattern ENTITY_HEAD = Pattern.compile("(?i)\\b(?:authorities|officials?|sources|police|military|"
            + "army|government|ministry|spokes(?:man|person|woman)|committee|service|statement|reports?|forces|troops|"
            + "guards|side|group|agency|portal|tally|media|broadcaster|directorate|council|president|minister|he|she|"
            + "it|they|wing|office|department|command|front|countries|states|residents|witnesses)\\b");

    private final Article article;
    private final String text;
    private final List<Span> sentences;
    private final List<Name> names;
    private final Coreference coreference;
    private final ClaimDetails details;

    public ClaimFinder(Article article, List<Span> sentences, List<Name> names) {
        this.article = article;
        this.text = article.text();
        this.sentences = sentences;
        this.names = names;
        this.coreference = new Coreference(names);
        this.details = new ClaimDetails(article, names);
    }

    public List<Claim> find() {
        List<Claim> claims = new ArrayList<>();
        for (Span s : sentences) {
            List<Claim> here = new ArrayList<>();
            according(s, here, claims.size());
            speech(s, here, claims.size());
            claims.addAll(here);
            details.evidence(s, claims, here);
        }
        return details.responses(claims);
    }

    private void according(Span s, List<Claim> out, int offset) {
        Matcher m = ACCORDING.matcher(s.of(text));
        while (m.find()) {
            Span who = new Span(s.start() + m.start(1), s.start() + m.end(1));
            Span phrase = new Span(s.start() + m.start(), s.start() + m.end());
            Span content = phrase.start() - s.start() < 5 ? Speech.trim(text, phrase.end(), s.end())
                    : Speech.trim(text, s.start(), phrase.start());
            add(out, offset, s, who, content, "asserts", "speech:according-to");
        }
    }

    private void speech(Span s, List<Claim> out, int offset) {
        Matcher v = ReportingVerbs.VERB.matcher(s.of(text));
        while (v.find()) {
            int vs = s.start() + v.start();
            int ve = s.start() + v.end();
            String verb = v.group(1);
            Span subject = Speech.subject(text, s, vs);
            if (subject == null) {
                subject = invertedSubject(s, ve);
                if (subject != null) {
                    add(out, offset, s, subject, Speech.before(text, s, vs), ReportingVerbs.stance(verb), "speech:said-x");
                }
                continue;
            }
            claim(s, out, offset, verb, subject, vs, ve);
        }
    }

    private void claim(Span s, List<Claim> out, int offset, String verb, Span subject, int vs, int ve) {
        String v = verb.toLowerCase(Locale.ROOT);
        Matcher citing = CITING.matcher(text.substring(s.start(), vs));
        if (citing.find()) {
            Span source = new Span(s.start() + citing.start(1), s.start() + citing.end(1));
            add(out, offset, s, source, Speech.after(text, s, ve), "asserts", "speech:citing");
            return;
        }
        if (v.equals("cited") || v.equals("quoted")) {
            Matcher from = FROM.matcher(text.substring(ve, s.end()));
            if (from.find()) {
                Span source = new Span(ve + from.start(1), ve + from.end(1));
                add(out, offset, s, source, Speech.before(text, s, subject.start()), "asserts", "speech:cited");
            }
            return;
        }
        if (isOutlet(subject) && v.startsWith("report")) {
            return;
        }
        Span content = ReportingVerbs.objectVerb(v) ? Speech.trim(text, subject.start(), Speech.after(text, s, ve).end())
                : Speech.after(text, s, ve);
        if (!ReportingVerbs.objectVerb(v) && content.end() - content.start() < 15 && subject.start() - s.start() > 15) {
            content = Speech.before(text, s, subject.start());
        }
        add(out, offset, s, subject, content, ReportingVerbs.stance(v), "speech:" + v.replace(' ', '-'));
    }

    /** "“...,” said Siddiqullah Quraishi, the head of ...": the speaker after the verb. */
    private Span invertedSubject(Span s, int ve) {
        Matcher m = Pattern.compile("^\\s+((?:[A-Z][\\w'-]+\\s?){2,4})").matcher(text.substring(ve, s.end()));
        return m.find() ? Speech.trim(text, ve + m.start(1), ve + m.end(1)) : null;
    }

    private boolean isOutlet(Span subject) {
        return names.stream().anyMatch(n -> subject.contains(n.span()) && "MediaOutlet".equals(n.type()))
                && !subject.of(text).toLowerCase(Locale.ROOT).contains("sources");
    }

    private void add(List<Claim> out, int offset, Span sentence, Span who, Span content, String stance, String rule) {
        String phrase = who.of(text).strip();
        Matcher qb = QUOTED_BY.matcher(phrase);
        if (qb.find()) {
            who = new Span(who.start(), who.start() + qb.start());
            phrase = who.of(text).strip();
        }
        if (content.end() - content.start() < 8 || phrase.isEmpty() || phrase.split("\\s+").length > 14) {
            return;
        }
        Mention claimant = coreference.resolve(phrase, who);
        if (claimant == null && !ENTITY_HEAD.matcher(phrase).find() && !Character.isUpperCase(phrase.charAt(0))) {
            return;
        }
        if (claimant == null) {
            claimant = new Mention(phrase, who, EntityKind.ACTOR, null,
                    phrase.replaceFirst("^(?i)the\\s+", ""), "Actor");
        }
        Span quote = content.end() - content.start() > 400 ? new Span(content.start(), content.start() + 400) : content;
        String finalStance = details.stance(stance, quote, claimant);
        for (Claim c : out) {
            if (c.claimant().label().equals(claimant.label()) && c.stance().equals(finalStance)) {
                return;
            }
        }
        DateValue date = details.date(sentence);
        out.add(new Claim("c" + (offset + out.size() + 1), claimant, phrase, finalStance, details.about(quote),
                date, quote, details.reportedBy(sentence, claimant), null, null, List.of(sentence), rule));
    }
}
