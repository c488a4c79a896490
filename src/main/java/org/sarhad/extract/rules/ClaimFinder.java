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

    private static final Pattern NOT_CLAIMANT = Pattern.compile("(?i)^(?:no|nobody|none|neither)\\b|\\b(?:photo|video grab|"
            + "image|file photo|map|picture)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|it|they|the (?:statement|report|release|"
            + "message|post|press release)");
    private static final Pattern CLAIMED_BY = Pattern.compile("\\b(?:claimed|denied|rejected) by (?:the )?"
            + "((?:[A-Z][\\w-]*(?:\\s|$)?)+(?:\\([A-Z-]+\\))?)");
    private static final Pattern INVERTED_SPEAKER = Pattern.compile("^\\s+((?:the\\s+)?(?:[\\w\u2019'-]+\\s){0,3}?"
            + "(?:[A-Z][\\w'-]+|wing|spokes(?:man|person)|officials?|ministry|police|army|military|service|agency|"
            + "committee))(?=\\s*(?:[,.;]|on\\s|in\\s|$))");
    private static final Pattern LEAD_PRONOUN = Pattern.compile("^\\W*(He|She|They|It)\\b");
    private static final Pattern QUOTED_AS = Pattern.compile("(?:was|were) quoted by ([^,]{2,60}?) as saying (?:that )?");

    private final Article article;
    private final String text;
    private final List<Span> sentences;
    private final List<Name> names;
    private final Coreference coreference;
    private final ClaimDetails details;
    private final List<Claim> previous = new ArrayList<>();

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
            if (Speech.headline(text, s, article.title())) {
                continue;
            }
            List<Claim> here = new ArrayList<>();
            passive(s, here, claims.size());
            according(s, here, claims.size());
            speech(s, here, claims.size());
            claims.addAll(here);
            previous.addAll(here);
            details.evidence(s, claims, here);
        }
        return details.responses(claims);
    }

    /** "... claimed by the Jamaat-ul-Ahrar"; "X was quoted by Y as saying ...". */
    private void passive(Span s, List<Claim> out, int offset) {
        String sentence = s.of(text);
        if (!sentence.contains(" by ")) {
            return;
        }
        Matcher m = CLAIMED_BY.matcher(sentence);
        while (m.find()) {
            Span who = Speech.trim(text, s.start() + m.start(1), s.start() + m.end(1));
            String verb = m.group().substring(0, m.group().indexOf(' '));
            add(out, offset, s, who, Speech.trim(text, s.start() + m.start(), s.start() + m.end()),
                    ReportingVerbs.stance(verb), "speech:claimed-by");
        }
        Matcher q = QUOTED_AS.matcher(s.of(text));
        if (q.find()) {
            Span who = Speech.subject(text, s, s.start() + q.start() + 1);
            if (who == null) {
                who = Speech.trim(text, s.start(), s.start() + q.start());
            }
            add(out, offset, s, who, Speech.trim(text, s.start() + q.end(), s.end()), "asserts", "speech:quoted-as");
        }
    }

    private void according(Span s, List<Claim> out, int offset) {
        Matcher m = ACCORDING.matcher(s.of(text));
        while (m.find()) {
            Span who = new Span(s.start() + m.start(1), s.start() + m.end(1));
            Span phrase = new Span(s.start() + m.start(), s.start() + m.end());
            Span content = phrase.start() - s.start() < 5 ? Speech.trim(text, phrase.end(), s.end())
                    : Speech.trim(text, s.start(), phrase.start());
            if (!isOutlet(who)) {
                add(out, offset, s, who, content, "asserts", "speech:according-to");
            }
        }
    }

    private void speech(Span s, List<Claim> out, int offset) {
        Matcher v = ReportingVerbs.VERB.matcher(s.of(text));
        while (v.find()) {
            int vs = s.start() + v.start();
            int ve = s.start() + v.end();
            String verb = v.group(1);
            if (ReportingVerbs.nounUse(text, vs, ve)) {
                continue;
            }
            if (Speech.inverted(text, s, vs)) {
                Span after = invertedSubject(s, ve);
                if (after != null) {
                    add(out, offset, s, after, quoteBefore(s, vs), ReportingVerbs.stance(verb), "speech:said-x");
                    continue;
                }
            }
            Span subject = Speech.subject(text, s, vs);
            if (subject == null && Speech.coordinated(text, s, vs) && out.isEmpty()) {
                Matcher lead = LEAD_PRONOUN.matcher(s.of(text));
                if (lead.find()) {
                    Span who = new Span(s.start() + lead.start(1), s.start() + lead.end(1));
                    add(out, offset, s, who, Speech.trim(text, vs, Speech.after(text, s, ve).end()),
                            ReportingVerbs.stance(verb), "speech:coordinated");
                    continue;
                }
            }
            if (subject == null && Speech.coordinated(text, s, vs) && !out.isEmpty()) {
                Claim prev = out.get(out.size() - 1);
                Span quote = Speech.trim(text, vs, Speech.after(text, s, ve).end());
                addResolved(out, offset, s, prev.claimant(), prev.claimantText(), quote, ReportingVerbs.stance(verb),
                        "speech:coordinated");
                continue;
            }
            if (subject == null) {
                subject = invertedSubject(s, ve);
                if (subject != null) {
                    add(out, offset, s, subject, quoteBefore(s, vs), ReportingVerbs.stance(verb), "speech:said-x");
                }
                continue;
            }
            claim(s, out, offset, verb, subject, vs, ve);
        }
    }

    /** The reported words before "..., X said": back to the opening quotation mark when there is one. */
    private Span quoteBefore(Span s, int end) {
        Span plain = Speech.before(text, s, end);
        int close = Math.max(text.lastIndexOf('\u201D', end), text.lastIndexOf('"', end));
        if (close < plain.start() || close >= end) {
            return plain;
        }
        int open = Math.max(text.lastIndexOf('\u201C', close - 1), text.lastIndexOf('"', close - 1));
        if (open >= 0 && end - open <= 420 && open < plain.start() + 2) {
            return Speech.trim(text, open, close + 1);
        }
        return plain;
    }

    private void claim(Span s, List<Claim> out, int offset, String verb, Span subject, int vs, int ve) {
        String v = verb.toLowerCase(Locale.ROOT);
        Matcher citing = CITING.matcher(text.substring(s.start(), vs));
        if (citing.find()) {
            Span source = new Span(s.start() + citing.start(1), s.start() + citing.end(1));
            add(out, offset, s, source, Speech.after(text, s, ve), "asserts", "speech:citing");
            return;
        }
        if ((v.equals("cited") || v.equals("quoted")) && !text.startsWith(" by", ve)) {
            Matcher from = FROM.matcher(text.substring(ve, s.end()));
            if (from.find()) {
                Span source = new Span(ve + from.start(1), ve + from.end(1));
                add(out, offset, s, source, Speech.before(text, s, subject.start()), "asserts", "speech:cited");
            }
            return;
        }
        if (isOutlet(subject) && v.startsWith("report") || v.equals("cited") || v.equals("quoted")) {
            return;
        }
        Span content = ReportingVerbs.objectVerb(v) ? Speech.trim(text, subject.start(), Speech.after(text, s, ve).end())
                : Speech.after(text, s, ve);
        if (!ReportingVerbs.objectVerb(v) && subject.start() - s.start() > 15
                && (content.end() - content.start() < 15 || Speech.adjunctOnly(text, ve, s.end()))) {
            content = quoteBefore(s, subject.start());
        }
        add(out, offset, s, subject, content, ReportingVerbs.stance(v), "speech:" + v.replace(' ', '-'));
    }

    /** "“...,” said Siddiqullah Quraishi, the head of ...": the speaker after the verb. */
    private Span invertedSubject(Span s, int ve) {
        Matcher m = INVERTED_SPEAKER.matcher(text.substring(ve, s.end()));
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
        if (content.end() - content.start() < 8 || phrase.isEmpty() || phrase.split("\\s+").length > 14
                || NOT_CLAIMANT.matcher(phrase).find()) {
            return;
        }
        Mention claimant = pronoun(phrase, who, out);
        if (claimant == null) {
            claimant = coreference.resolve(phrase, who);
        }
        if (claimant == null && !ENTITY_HEAD.matcher(phrase).find() && !Character.isUpperCase(phrase.charAt(0))) {
            return;
        }
        if (claimant == null) {
            claimant = new Mention(phrase, who, EntityKind.ACTOR, null, phrase.replaceFirst("^(?i)the\\s+", ""), "Actor");
        }
        addResolved(out, offset, sentence, claimant, phrase, content, stance, rule);
    }

    /** A pronoun continuing the statement of the speaker of the sentence before adds no new claimant. */
    private boolean repeats(Mention claimant, Span sentence) {
        for (Claim c : previous) {
            boolean same = c.claimant().label().equals(claimant.label());
            if (same && sentence.start() - c.evidence().get(0).end() < 3) {
                return true;
            }
        }
        return false;
    }

    /** "he", "they", "the statement": the claimant of the latest claim, when it was made nearby. */
    private Mention pronoun(String phrase, Span who, List<Claim> here) {
        if (!PRONOUN.matcher(phrase).matches()) {
            return null;
        }
        List<Claim> recent = new ArrayList<>(previous);
        recent.addAll(here);
        for (int i = recent.size() - 1; i >= 0; i--) {
            Claim c = recent.get(i);
            boolean near = who.start() - c.evidence().get(0).end() < 600;
            boolean person = "Person".equals(c.claimant().type()) || c.claimant().entityRef() != null
                    && coreference.isPerson(c.claimant().entityRef());
            boolean wantsPerson = phrase.equalsIgnoreCase("he") || phrase.equalsIgnoreCase("she");
            if (near && (person == wantsPerson || !wantsPerson && phrase.toLowerCase(Locale.ROOT).startsWith("the "))) {
                Mention m = c.claimant();
                return new Mention(phrase, who, m.kind(), m.entityRef(), m.label(), m.type());
            }
        }
        return null;
    }

    private void addResolved(List<Claim> out, int offset, Span sentence, Mention claimant, String phrase, Span content,
            String stance, String rule) {
        Span quote = content.end() - content.start() > 400 ? new Span(content.start(), content.start() + 400) : content;
        String finalStance = details.stance(stance, quote, claimant, rule);
        String q = quote.of(text);
        for (Claim c : out) {
            if (c.claimant().label().equals(claimant.label()) && c.stance().equals(finalStance)) {
                return;
            }
        }
        if (PRONOUN.matcher(phrase).matches() && repeats(claimant, sentence)) {
            return;
        }
        for (Claim c : previous) {
            if (c.quote().of(text).equals(q) || c.claimant().label().equals(claimant.label()) && q.length() > 30
                    && c.quote().of(text).contains(q.substring(0, 30))) {
                return;
            }
        }
        DateValue date = details.date(sentence);
        out.add(new Claim("c" + (offset + out.size() + 1), claimant, phrase, finalStance, details.about(quote),
                date, quote, details.reportedBy(sentence, claimant), null, null, List.of(sentence), rule));
    }
}
