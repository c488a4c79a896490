package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.DateValue;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.Incident;
import org.sarhad.extract.IncidentPlace;
import org.sarhad.extract.Participant;
import org.sarhad.extract.SeizedItem;
import org.sarhad.extract.Span;
import org.sarhad.extract.doc.Sentence;

/** Turns assembled drafts into {@link Incident} records: type, date, place, participants, deaths, items, intent. */
final class IncidentBuilder {
    private static final Pattern INTENT = Pattern.compile("(?i)\\b(?:in order to|goal was to|aim(?:ed)? (?:was )?to|"
            + "with the aim of|intending to|plotting to)\\s+([^,.;\u201D\"]{5,120})");
    private static final Pattern INTO = Pattern.compile("(?i)\\b(?:into|entered|infiltrate|enter)\\s+(?:the\\s+)?$");
    private static final int MAX_ACTORS = 4;

    private final Dictionary dictionary;
    private final String text;

    private final List<Sentence> sentences;
    private final List<Name> names;
    private final DeathCounts deaths = new DeathCounts(Lexicon.standard());

    IncidentBuilder(Dictionary dictionary, String text, List<Sentence> sentences, List<Name> names) {
        this.dictionary = dictionary;
        this.text = text;
        this.sentences = sentences;
        this.names = names;
    }

    Incident build(Draft d, String key, String type) {
        List<String> clauses = d.frames.stream().map(f -> f.span().of(text)).toList();
        List<SeizedItem> seized = new ArrayList<>();
        for (Frame f : d.frames) {
            if (f.has(Triggers.Kind.SEIZURE)) {
                seized.addAll(SeizedItems.find(text, f.span()));
            }
        }
        boolean crossing = "border-crossing".equals(type);
        String[] crossed = crossing ? crossed(d) : new String[2];
        String rule = d.frames.get(0).triggers().isEmpty() ? "frame:other" : firstRule(d, type);
        return new Incident(key, type, date(d), place(d), participants(d), "arrest".equals(type) ? null
                : fatalities(d, clauses), "arrest".equals(type) ? List.of() : seized, intent(clauses), crossed[0],
                crossed[1], null, evidence(d), rule);
    }

    /** The parse's count where it found one, else the pattern count over the clause text. */
    private Integer fatalities(Draft d, List<String> clauses) {
        DeathCounts.Count c = deaths.count(sentences, d.frames.stream().map(Frame::span).toList(), names);
        return c != null ? c.total() : Fatalities.count(clauses);
    }

    private static String firstRule(Draft d, String type) {
        for (Frame f : d.frames) {
            for (Triggers.Trigger t : f.triggers()) {
                if (t.kind().type().equals(type)) {
                    return t.rule();
                }
            }
        }
        return d.frames.get(0).triggers().get(0).rule();
    }

    private static DateValue date(Draft d) {
        DateResolver.DateHit hit = d.date();
        if (hit != null) {
            return hit.value();
        }
        for (Frame f : d.frames) {
            for (DateResolver.DateHit s : f.statementDates()) {
                if (s.value().known()) {
                    String month = s.value().value().substring(0, Math.min(7, s.value().value().length()));
                    return new DateValue(month, month.length() == 7 ? DateValue.Precision.MONTH : DateValue.Precision.YEAR,
                            s.value().text());
                }
            }
        }
        for (Frame f : d.frames) {
            if (!f.dates().isEmpty()) {
                return f.dates().get(0).value();
            }
        }
        return DateValue.unknown();
    }

    private IncidentPlace place(Draft d) {
        Map<String, Name> byLevel = new LinkedHashMap<>();
        for (Name p : d.places()) {
            byLevel.putIfAbsent(p.level(), p);
        }
        // the most specific place, and the state of the most specific place that knows one, before any state merely
        // named in the clauses
        Name specific = null;
        String country = null;
        for (String level : List.of("location", "admin2", "admin1", "country")) {
            Name at = byLevel.get(level);
            specific = specific == null ? at : specific;
            if (country == null && at != null) {
                country = at.countryCode();
            }
        }
        for (Name p : d.places()) {
            if (country == null && p.countryCode() != null) {
                country = p.countryCode();
            }
        }
        return new IncidentPlace(country, text(byLevel.get("admin1")), text(byLevel.get("admin2")),
                text(byLevel.get("location")), specific == null || "Country".equals(specific.type()) ? null
                : specific.mention());
    }

    private static String text(Name n) {
        return n == null ? null : n.text();
    }

    private static List<Participant> participants(Draft d) {
        Map<String, Participant> out = new LinkedHashMap<>();
        for (Frame f : d.frames) {
            for (Name a : f.actors()) {
                // a state takes part only as the one that struck: named otherwise, it is a place or a speaker
                boolean state = "State".equals(a.type()) && !f.strikers().contains(a);
                if (out.size() >= MAX_ACTORS || "MediaOutlet".equals(a.type()) || "Person".equals(a.type())
                        || state || "InternationalOrganisation".equals(a.type())) {
                    continue;
                }
                out.putIfAbsent(a.label(), new Participant(a.mention(), role(a)));
            }
        }
        return List.copyOf(out.values());
    }

    private static String role(Name a) {
        return "ArmedGroup".equals(a.type()) || "Actor".equals(a.type()) || "State".equals(a.type()) ? "perpetrator"
                : "responding-force";
    }

    private static String intent(List<String> clauses) {
        for (String c : clauses) {
            Matcher m = INTENT.matcher(c);
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private String[] crossed(Draft d) {
        String from = null;
        String into = null;
        for (Frame f : d.frames) {
            for (Name o : f.origins()) {
                from = from == null ? o.countryCode() : from;
            }
            for (Name p : f.places()) {
                String before = text.substring(Math.max(f.span().start(), p.span().start() - 20), p.span().start());
                if (into == null && INTO.matcher(before).find()) {
                    into = p.countryCode();
                }
            }
        }
        IncidentPlace place = place(d);
        return new String[] {from, into != null ? into : place.countryCode()};
    }

    private static List<Span> evidence(Draft d) {
        List<Span> out = new ArrayList<>();
        d.frames.forEach(f -> out.add(f.span()));
        return out;
    }
}
