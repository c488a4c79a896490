package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.article.Article;
import org.sarhad.extract.Claim;
import org.sarhad.extract.DateValue;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Mention;
import org.sarhad.extract.Span;
import org.sarhad.extract.Stance;
import org.sarhad.extract.doc.Document;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;

/**
 * Claims from the attributions the claim rules read off each parsed sentence: the claimant phrase is resolved
 * through coreference to the entity named earlier, the stance refined from the reported clause's syntax, and
 * restatements of one proposition kept once.
 */
public final class ClaimFinder {
    private static final Pattern QUOTED_BY = Pattern.compile("(?i)\\b(?:quoted|cited) by\\s+(?:the\\s+)?([^,.;]{2,60}?)"
            + "(?=,|\\.|;|$|\\s+as\\b)");
    private static final Pattern NOT_CLAIMANT = Pattern.compile("(?i)^(?:no|nobody|none|neither)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|it|they|the (?:statement|report|release|"
            + "message|post|press release)");

    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\s*(?:\\(?\\p{Lu}{2,}(?: Photo)?/\\p{Lu}|\\(?(?:Photo|Image|"
            + "File photo)\\s*[:/]|\\n\\s*\\p{Lu}{2,}(?:[/-]\\p{Lu}[\\p{L}]*)?[ \\t]*(?:\\n|$))");

    /** How many sentences back a speaker's account still goes on. */
    private static final int ACCOUNT_SENTENCES = 2;
    /** Sentences either way within which "the statement" finds its issuer: a statement is told over paragraphs. */
    private static final int ISSUER_REACH = 5;
    private static final Pattern BARE_PRONOUN = Pattern.compile("(?i)he|she|it|they");

    private final Article article;
    private final String text;
    private final Document document;
    private final List<Name> names;
    private final ClaimRuleEngine engine;
    private final Lexicon lexicon;
    private final Coreference coreference;
    private final ClaimDetails details;
    private final ClaimStance stances;
    private final List<Claim> previous = new ArrayList<>();

    public ClaimFinder(Article article, Document document, List<Name> names, ClaimRuleEngine engine, Lexicon lexicon,
            Dictionary dictionary) {
        this.article = article;
        this.text = article.text();
        this.document = document;
        this.names = names;
        this.engine = engine;
        this.lexicon = lexicon;
        this.coreference = new Coreference(names);
        this.details = new ClaimDetails(article, names);
        this.stances = new ClaimStance(lexicon, dictionary, names);
    }

    /**
     * "“A shell landed. ...,” X said": a sentence that opens a quotation it does not close. The speaker is named
     * sentences later, so the sentence has no cue of its own; it is parsed all the same, for its stance.
     */
    public static boolean opensQuotation(String text, Span sentence) {
        String s = sentence.of(text).strip();
        int start = text.indexOf(s, sentence.start());
        if (s.length() < 2 || !Quotation.opensAt(text, start)) {
            return false;
        }
        for (int i = start + 1; i < start + s.length(); i++) {
            if (Quotation.isMark(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline or page furniture: the title itself, a line without final punctuation, a dateline, or a sentence that opens
     * with a furniture word of the lexicon or holds two ("avatar-icon News Desk ...", "Photo: ...", "Subscribe to
     * our newsletter").
     */
    public static boolean furniture(String text, Span sentence, String title) {
        if (Speech.headline(text, sentence, title) || captioned(text, sentence) || Dateline.is(text, sentence)) {
            return true;
        }
        Lexicon lexicon = Lexicon.standard();
        String[] words = sentence.of(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}/-]+");
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        int count = 0;
        for (int i = first; i < words.length; i++) {
            if (lexicon.is("furniture", words[i])) {
                if (i == first) {
                    return true;
                }
                count++;
            }
        }
        return count >= 2;
    }

    /** A photo caption: the picture's credit follows it ("REUTERS/Name", "AP Photo/Name", "Photo: X", a line "AFP"). */
    private static boolean captioned(String text, Span sentence) {
        Matcher credit = PHOTO_CREDIT.matcher(text);
        credit.region(sentence.end(), Math.min(text.length(), sentence.end() + 80));
        return credit.lookingAt();
    }

    public List<Claim> find() {
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (sentence.furniture()) {
                continue;
            }
            List<Claim> here = new ArrayList<>();
            for (Attribution a : engine.read(sentence)) {
                attributed(sentence, a, here, claims.size());
            }
            List<Claim> kept = ClaimFilters.withoutReportsInsideQuotations(text, here);
            if (kept.size() < here.size()) {
                here = renumbered(kept, claims.size());
            }
            if (here.isEmpty()) {
                here.addAll(continuedQuotation(sentence, claims, claims.size()));
            }
            List<Claim> opening = openingSentences(sentence, here, claims.size());
            claims.addAll(opening);
            previous.addAll(opening);
            if (!opening.isEmpty()) {
                here = renumbered(here, claims.size()); // the opening sentences' claims come first
            }
            claims.addAll(here);
            previous.addAll(here);
            details.evidence(sentence.span(), claims, here);
        }
        return details.responses(claims);
    }

    /**
     * "“A shell landed. After that I lost consciousness,” said X": a quotation opened sentences before the one that
     * names its speaker; each of its earlier sentences is a claim of that speaker too.
     */
    private List<Claim> openingSentences(Sentence s, List<Claim> here, int offset) {
        List<Claim> out = new ArrayList<>();
        Claim last = here.stream().filter(c -> c.quote().start() - s.span().start() <= 2).findFirst().orElse(null);
        int open = last == null ? -1 : Quotation.openedBefore(text, s.span().start());
        if (last != null && open < 0 && Quotation.opensAt(text, s.span().start())) {
            open = Quotation.continuedFrom(text, s.span().start());
        }
        if (open < 0) {
            return out;
        }
        for (Sentence earlier : document.sentences().subList(0, s.index())) {
            if (earlier.span().end() <= open || earlier.furniture()) {
                continue;
            }
            Span content = Speech.trim(text, Math.max(open + 1, earlier.span().start()), earlier.span().end());
            if (content.end() - content.start() < 8 || prospective(earlier, ownHead(earlier, content))) {
                continue;
            }
            add(out, offset, earlier, last.claimant(), last.claimantText(), content,
                    quotedStance(earlier, content, last.claimant()), last.rule(), false);
        }
        return out;
    }

    /**
     * The stance of a quoted sentence from its own clause ("“They fired first. ...,” X said" accuses), as a reported
     * clause under a plain "said" would have it; a sentence left unparsed asserts.
     */
    private Stance quotedStance(Sentence s, Span content, Mention claimant) {
        int head = ownHead(s, content);
        if (head < 0) {
            return Stance.ASSERTS;
        }
        Span none = new Span(s.span().end(), s.span().end());
        return stances.refine(new Attribution(none, none, content, head, Stance.ASSERTS, none, null), s, content,
                claimant, false);
    }

    /**
     * "“S1,” said X. “S2.”": a sentence that is all quotation, in the paragraph of a quotation X was just named as
     * speaker of, goes on with X's words.
     */
    private List<Claim> continuedQuotation(Sentence s, List<Claim> before, int offset) {
        List<Claim> out = new ArrayList<>();
        if (before.isEmpty() || s.index() == 0) {
            return out;
        }
        Claim last = before.get(before.size() - 1);
        Sentence previous = document.sentences().get(s.index() - 1);
        String between = text.substring(previous.span().end(), s.span().start());
        String own = s.span().of(text).strip();
        boolean quotedBefore = last.evidence().contains(previous.span()) && last.quote().start() > 0
                && Quotation.isMark(text.charAt(last.quote().start() - 1));
        if (!quotedBefore || between.contains("\n") || own.length() < 10 || !Quotation.isMark(own.charAt(0))
                || !Quotation.isMark(own.charAt(own.length() - 1)) && !Quotation.isMark(own.charAt(own.length() - 2))) {
            return out;
        }
        Span content = Speech.trim(text, s.span().start(), s.span().end());
        if (prospective(s, ownHead(s, content))) {
            return out;
        }
        add(out, offset, s, last.claimant(), last.claimantText(), content, quotedStance(s, content,
                last.claimant()), last.rule(), false);
        return out;
    }

    private static List<Claim> renumbered(List<Claim> claims, int offset) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            out.add(new Claim("c" + (offset + out.size() + 1), c.claimant(), c.claimantText(), c.stance(), c.about(),
                    c.date(), c.quote(), c.reportedBy(), c.evidenceGiven(), c.respondsTo(), c.evidence(), c.rule()));
        }
        return out;
    }

    private void attributed(Sentence s, Attribution a, List<Claim> out, int offset) {
        Span who = Speech.trim(text, a.claimant().start(), a.claimant().end());
        Span content = Speech.trim(text, a.content().start(), a.content().end());
        if (ownOutlet(who) || content.end() - content.start() < 8 || who.end() <= who.start() || relayed(s, who, a)) {
            return;
        }
        String phrase = who.of(text).strip();
        Matcher qb = QUOTED_BY.matcher(phrase);
        if (qb.find()) {
            who = Speech.trim(text, who.start(), who.start() + qb.start());
            phrase = who.of(text).strip();
        }
        if (phrase.isEmpty() || phrase.split("\\s+").length > ClaimFilters.LONGEST_CLAIMANT || NOT_CLAIMANT.matcher(phrase).find()
                || ClaimFilters.junkClaimant(phrase)) {
            return;
        }
        boolean pronominal = PRONOUN.matcher(phrase).matches();
        Mention claimant = pronominal ? coreference.sameSentence(text, phrase, who, s.span().start()) : null;
        Mention named = pronominal ? null : coreference.resolve(phrase, who);
        boolean unnamed = pronominal ? claimant == null : named == null;
        Span issuer = unnamed ? issuer(s, a.claimantHead()) : null;
        if (issuer != null) {
            Mention party = coreference.resolve(issuer.of(text), issuer);
            if (party != null) {
                claimant = new Mention(issuer.of(text).strip(), issuer, party.kind(), party.entityRef(), party.label(),
                        party.type());
                pronominal = true;
            }
        }
        Claim antecedent = pronominal && claimant == null ? antecedent(phrase, who, out) : null;
        if (antecedent != null && coreference.personalAntecedentEnd(phrase, who.start()) > antecedent.evidence().get(0).end()) {
            antecedent = null; // "X said ... A resident, Y, ... He said": the name nearer than the last speaker
        }
        if (claimant != null) {
            phrase = claimant.text();
        } else if (antecedent != null) {
            Mention m = antecedent.claimant();
            claimant = new Mention(phrase, who, m.kind(), m.entityRef(), m.label(), m.type());
            // "he" reads as the name it stands for; "the report" keeps its own words beside the resolved party
            if (BARE_PRONOUN.matcher(phrase).matches()) {
                phrase = antecedent.claimantText();
            }
        } else {
            claimant = pronominal ? coreference.resolve(phrase, who) : named;
        }
        if (claimant == null && (pronominal || !speaker(s, a.claimantHead()))) {
            Claim before = participleGoesOn(s, a, out);
            if (before == null) {
                return;
            }
            claimant = before.claimant(); // "X said A, adding that B": B is X's, whatever the parser hung "adding" on
            phrase = before.claimantText();
        }
        if (claimant == null) {
            String type = personLike(s, a.claimantHead()) ? "Person" : "Actor";
            claimant = new Mention(phrase, who, EntityKind.ACTOR, null, phrase.replaceFirst("^(?i)the\\s+", ""), type);
        }
        Stance stance = stances.refine(a, s, content, claimant, !a.rule().refine());
        if (stance == Stance.ASSERTS && (prospective(s, a.contentHead()) || prospective(s, ownHead(s, content)))) {
            return;
        }
        if (stance == Stance.ASSERTS && a.rule().continuesAccount() && accountGoesOn(s, claimant, stance)) {
            return;
        }
        if (stance == Stance.ACCUSES && censuresNoOne(s, a, content, claimant)) {
            return;
        }
        add(out, offset, s, claimant, phrase, content, stance, a.rule().id(), pronominal);
    }

    /**
     * "condemned the attack", "criticised the decision": a verb of censure whose clause names no party other than the
     * claimant (an actor, a state, a country or its people) and calls the act nothing disapproves of it without
     * charging anyone with it.
     */
    private boolean censuresNoOne(Sentence s, Attribution a, Span content, Mention claimant) {
        Token verb = s.tokenAt(a.trigger().start()).orElse(null);
        // "denounced the strike as unacceptable": naming the act is a charge against whoever the article says did it
        if (verb == null || !lexicon.is("censure", verb.lemma()) || !s.children(verb.index(), "advcl:as").isEmpty()
                || !s.children(verb.index(), "obl:as").isEmpty()) {
            return false;
        }
        for (Name n : names) {
            boolean party = n.isActor() && !"MediaOutlet".equals(n.type()) || n.isPlace() && "country".equals(n.level());
            if (party && content.contains(n.span()) && !n.label().equals(claimant.label())) {
                return false;
            }
        }
        return true;
    }

    /** The sentence's claim just before a ", adding that ..." participle, whose speaker goes on; or null. */
    private Claim participleGoesOn(Sentence s, Attribution a, List<Claim> here) {
        Token verb = s.tokenAt(a.trigger().start()).orElse(null);
        if (verb == null || !verb.tag().equals("VBG") || verb.index() == 0
                || !s.token(verb.index() - 1).word().equals(",") || here.isEmpty()) {
            return null;
        }
        Claim last = here.get(here.size() - 1);
        return last.evidence().get(0).equals(s.span()) && last.quote().end() <= verb.span().start() ? last : null;
    }

    /**
     * "X said A. B, X said": a speaker's account told over several sentences is one statement, which its first claim
     * records; a sentence that goes on with it, the speaker and the stance unchanged within the two sentences before,
     * adds a detail, not a proposition of its own. Only assertions go on so: a second accusation is a charge of its own.
     */
    private boolean accountGoesOn(Sentence s, Mention claimant, Stance stance) {
        int from = document.sentences().get(Math.max(0, s.index() - ACCOUNT_SENTENCES)).span().start();
        for (Claim c : previous) {
            if (c.stance() == stance && c.claimant().label().equals(claimant.label())
                    && c.evidence().get(0).start() >= from) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the statement said", "according to an official statement": the party that issued that statement nearby, the
     * nearest first: "X issued a statement", "the statement released by X", "a statement from X", "X's statement".
     * Null when none is found.
     */
    private Span issuer(Sentence here, Span head) {
        Token noun = here.tokenAt(head.start()).orElse(null);
        if (noun == null || !lexicon.is("reporting-noun", noun.lemma())) {
            return null;
        }
        int at = here.index();
        for (int step = 0; step <= 2 * ISSUER_REACH; step++) {
            int i = at + (step % 2 == 0 ? -step / 2 : (step + 1) / 2);
            if (i < 0 || i >= document.sentences().size() || !document.sentences().get(i).parsed()) {
                continue;
            }
            Sentence s = document.sentences().get(i);
            for (int t = s.tokens().size() - 1; t >= 0; t--) {
                Token x = s.token(t);
                if (x.lemma().equals(noun.lemma()) && !(i == at && x.index() == noun.index())) {
                    Token party = issuerOf(s, x);
                    if (party != null) {
                        return s.extent(s.subtree(party.index(), e -> e.is("acl") || e.is("punct") || e.is("case"),
                                new java.util.BitSet()));
                    }
                }
            }
        }
        return null;
    }

    private static Token issuerOf(Sentence s, Token statement) {
        int verb = s.parent(statement.index());
        boolean object = verb >= 0 && s.children(verb, "obj").stream().anyMatch(o -> o.index() == statement.index());
        if (object && !s.children(verb, "nsubj").isEmpty()) {
            return s.children(verb, "nsubj").get(0);
        }
        // "the statement released by X", also where the parser makes "released" the statement's own verb
        List<Token> verbs = new ArrayList<>(s.children(statement.index(), "acl"));
        boolean subject = verb >= 0 && s.children(verb, "nsubj").stream().anyMatch(o -> o.index() == statement.index());
        if (subject) {
            verbs.add(s.token(verb));
        }
        for (Token v : verbs) {
            List<Token> by = new ArrayList<>(s.children(v.index(), "obl:agent"));
            by.addAll(s.children(v.index(), "obl:by"));
            if (!by.isEmpty()) {
                return by.get(0);
            }
        }
        List<Token> owner = new ArrayList<>(s.children(statement.index(), "nmod:poss"));
        owner.addAll(s.children(statement.index(), "nmod:from"));
        owner.addAll(s.children(statement.index(), "nmod:by"));
        return owner.isEmpty() ? null : owner.get(0);
    }

    /** "they will continue to respond", "if X does not act, ...": the clause promises, warns or sets a condition. */
    private boolean prospective(Sentence s, int head) {
        if (head < 0) {
            return false;
        }
        Token h = s.token(head);
        Token first = s.token(s.subtree(head, e -> false, new java.util.BitSet()).nextSetBit(0));
        if (first.tag().equals("IN") && lexicon.is("prospective", first.lemma())) {
            return true; // "If Iran has any intelligence, ..."
        }
        List<Token> near = new ArrayList<>(List.of(h));
        near.addAll(s.children(head, "acl"));
        for (Token n : near) {
            if (lexicon.is("prospective", n.lemma()) && !s.children(n.index(), "xcomp").isEmpty()) {
                return true; // "a coordinated approach needs to be adopted"
            }
        }
        for (String rel : List.of("aux", "mark")) {
            for (Token t : s.children(head, rel)) {
                if (lexicon.is("prospective", t.lemma())) {
                    return true;
                }
            }
        }
        // "urged the sides to obviate any recurrence", "expressed support to eliminate the menace": an infinitive
        // without a subject of its own is what someone wants done, not what they say happened
        int parent = s.parent(head);
        return h.tag().equals("VB") && parent >= 0 && s.children(parent, "xcomp").contains(h)
                && s.children(head, "mark").stream().anyMatch(m -> m.lemma().equals("to"));
    }

    /** The clause's own head: the token of the span whose parent lies outside it; -1 for an unparsed sentence. */
    private static int ownHead(Sentence s, Span content) {
        if (!s.parsed()) {
            return -1;
        }
        int first = -1;
        for (Token t : s.tokens()) {
            int p = s.parent(t.index());
            if (content.contains(t.span()) && (p < 0 || !content.contains(s.token(p).span()))) {
                if (t.isVerb()) {
                    return t.index(); // "warning it can have consequences" hung "it" and "have" apart: the verb heads
                }
                first = first < 0 ? t.index() : first;
            }
        }
        return first;
    }

    /**
     * "AKIPress reported that ... AKIPress cited a statement from X": an outlet reporting what it cites in the same
     * paragraph relays news; the parties it cites make the claims. An agency reporting on its own account ("IRNA
     * reported that", nothing cited) claims itself.
     */
    private boolean relayed(Sentence s, Span who, Attribution a) {
        if (!a.trigger().of(text).toLowerCase(Locale.ROOT).startsWith("report")
                || names.stream().noneMatch(n -> who.contains(n.span()) && "MediaOutlet".equals(n.type()))) {
            return false;
        }
        int from = text.lastIndexOf("\n\n", s.span().start());
        int to = text.indexOf("\n\n", s.span().end());
        Span paragraph = new Span(Math.max(0, from), to < 0 ? text.length() : to);
        return document.sentences().stream().filter(x -> paragraph.contains(x.span()))
                .flatMap(x -> x.tokens().stream()).anyMatch(t -> lexicon.is("source-verb", t.lemma()) && t.isVerb());
    }

    /** The article's own outlet narrating ("Reuters reported") is not a party making a claim. */
    private boolean ownOutlet(Span who) {
        return names.stream().anyMatch(n -> who.contains(n.span()) && "MediaOutlet".equals(n.type())
                && details.ownOutlet(n));
    }

    /** An unknown claimant phrase can speak: a proper name, a person, an organisation, a document or a source. */
    private boolean speaker(Sentence s, Span head) {
        Token h = s.tokenAt(head.start()).orElse(null);
        if (h == null) {
            return false;
        }
        String l = h.lemma();
        if (lexicon.is("reporting-noun", l)) {
            return issued(s, h);
        }
        return h.isProperNoun() || lexicon.is("person-role", l) || lexicon.is("organisation-noun", l)
                || lexicon.is("speaker-noun", l);
    }

    /**
     * A document speaks for someone when it is a particular one ("the statement", "a UN report", "intelligence
     * reports") or just "reports"; a bare one that an adjective only describes ("Disturbing reports suggest ...")
     * names no party.
     */
    private static boolean issued(Sentence s, Token noun) {
        boolean particular = !s.children(noun.index(), "det").isEmpty() || !s.children(noun.index(), "nmod:poss").isEmpty()
                || !s.children(noun.index(), "compound").isEmpty();
        boolean described = s.children(noun.index(), "amod").stream().anyMatch(a -> !a.isProperNoun());
        return particular || !described;
    }

    /** An unknown claimant headed by a role noun ("a provincial spokesman") or by a two-word proper name. */
    private boolean personLike(Sentence s, Span head) {
        Token h = s.tokenAt(head.start()).orElse(null);
        if (h == null) {
            return false;
        }
        if (lexicon.is("person-role", h.lemma())) {
            return true;
        }
        boolean organisation = s.tokens().stream().anyMatch(t -> head.start() - 60 <= t.span().start()
                && t.span().end() <= head.end() && lexicon.is("organisation-noun", t.lemma()));
        return h.isProperNoun() && !organisation && s.children(h.index(), "compound").stream()
                .anyMatch(Token::isProperNoun);
    }

    /** "he", "they", "the statement": the latest claim whose claimant it continues, when made nearby. */
    private Claim antecedent(String phrase, Span who, List<Claim> here) {
        List<Claim> recent = new ArrayList<>(previous);
        recent.addAll(here);
        boolean nominal = phrase.toLowerCase(Locale.ROOT).startsWith("the ");
        for (int i = recent.size() - 1; i >= 0; i--) {
            Claim c = recent.get(i);
            boolean near = who.start() - c.evidence().get(0).end() < (nominal ? 1200 : 600);
            boolean person = "Person".equals(c.claimant().type()) || c.claimant().entityRef() != null
                    && coreference.isPerson(c.claimant().entityRef());
            boolean wantsPerson = phrase.equalsIgnoreCase("he") || phrase.equalsIgnoreCase("she");
            if (near && (person == wantsPerson || !wantsPerson && nominal)) {
                return c;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern QUOTE_MARK = java.util.regex.Pattern.compile("[\u201C\u201D\"'`]+|''|``");

    /** Words of a reported clause before an attribution inside it that it keeps: a shorter one is no clause. */
    private static final int CLAUSE_BEFORE_TAIL = 4;
    /** Words a speaker's phrase between the comma and its reporting verb may have. */
    private static final int SPEAKER_WORDS = 8;

    /**
     * "A and B traded fire on Monday, officials said, a day after ...", "..., according to a statement": the reported
     * clause ends where an attribution of its own begins; what follows it is the reporter's.
     */
    private Span withoutAttributionTail(Sentence s, Span content) {
        List<Token> ts = s.tokensIn(content);
        for (int k = CLAUSE_BEFORE_TAIL; k < ts.size() - 2; k++) {
            if (!ts.get(k).word().equals(",")) {
                continue;
            }
            int at = k + 1;
            if (QUOTE_MARK.matcher(ts.get(at).word()).matches()) {
                at++;
            }
            boolean according = at + 1 < ts.size() && ts.get(at).word().equalsIgnoreCase("according")
                    && ts.get(at + 1).word().equalsIgnoreCase("to");
            if (according || speakerThenVerb(ts, at)) {
                return new Span(content.start(), ts.get(k - 1).span().end());
            }
        }
        return content;
    }

    /** ", officials said," / ", the agency reported, citing": a short phrase with no verb, then a reporting verb. */
    private boolean speakerThenVerb(List<Token> ts, int from) {
        for (int i = from; i < ts.size() && i - from <= SPEAKER_WORDS; i++) {
            Token t = ts.get(i);
            if (t.isVerb()) {
                boolean reports = i > from && lexicon.reportingStance(t.lemma()) != null && t.isFinite();
                boolean closes = i + 1 >= ts.size() || ts.get(i + 1).word().equals(",")
                        || ts.get(i + 1).word().equals(".");
                return reports && closes;
            }
            if (t.word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private void add(List<Claim> out, int offset, Sentence in, Mention claimant, String phrase, Span content,
            Stance stance, String rule, boolean pronominal) {
        Span sentence = in.span();
        Span whole = withoutAttributionTail(in, content);
        Span quote = whole.end() - whole.start() > 400 ? new Span(whole.start(), whole.start() + 400) : whole;
        String q = quote.of(text);
        for (Claim c : out) {
            // the same clause read twice ("X, citing Y, said Z"): the earlier rule, the cited source, keeps it
            boolean sameClause = c.quote().equals(quote) && c.evidence().contains(sentence);
            if (sameClause || c.claimant().label().equals(claimant.label()) && c.stance() == stance
                    && (c.quote().contains(quote) || quote.contains(c.quote()))) {
                return;
            }
        }
        if (ClaimFilters.nested(text, quote, out)) {
            return;
        }
        for (Claim c : previous) {
            if (c.quote().of(text).equals(q) || c.claimant().label().equals(claimant.label()) && q.length() > 30
                    && c.quote().of(text).contains(q.substring(0, 30))) {
                return;
            }
        }
        DateValue date = details.date(sentence);
        out.add(new Claim("c" + (offset + out.size() + 1), claimant, phrase, stance, details.about(quote),
                date, quote, details.reportedBy(sentence, claimant), null, null, List.of(sentence), rule));
    }
}
