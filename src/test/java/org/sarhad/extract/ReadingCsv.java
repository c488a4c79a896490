package org.sarhad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sarhad.iri.IriMinter;

/**
 * Writes Readings as the events-csv and claims-csv exports (DESIGN.md columns), for scoring extraction. With
 * {@code withRule} each row also ends in a {@code rule} column (the extraction rule behind it, for per-rule tables):
 * score.py ignores columns it does not know, and appending it leaves the export columns where they are.
 */
final class ReadingCsv {
    static final String EVENTS_HEADER = "article_id,incident,type,date,date_precision,country,admin1,admin2,location,"
            + "geonames_id,latitude,longitude,actors,fatalities,source_url";
    static final String CLAIMS_HEADER = "article_id,claim,claimant,claimant_text,stance,about,date,quote,reported_by,"
            + "evidence_given,source_url";

    private final IriMinter iris = IriMinter.createDefault();
    private final boolean withRule;
    private final List<String> events = new ArrayList<>();
    private final List<String> claims = new ArrayList<>();

    ReadingCsv() {
        this(false);
    }

    ReadingCsv(boolean withRule) {
        this.withRule = withRule;
        events.add(withRule ? EVENTS_HEADER + ",rule" : EVENTS_HEADER);
        claims.add(withRule ? CLAIMS_HEADER + ",rule" : CLAIMS_HEADER);
    }

    void add(Reading r) {
        String id = r.article().id();
        String url = r.article().url();
        for (Incident i : r.incidents()) {
            DateValue d = i.date();
            events.add(row(i.rule(), id, iris.inArticle("incident", id, i.key()), i.type(), d.value(),
                    d.precision() == null ? null : d.precision().notation(), i.place().countryCode(), i.place().admin1(),
                    i.place().admin2(), i.place().location(), null, null, null,
                    i.participants().stream().map(p -> p.actor().label()).collect(Collectors.joining("; ")),
                    i.fatalities() == null ? null : i.fatalities().toString(), url));
        }
        for (Claim c : r.claims()) {
            claims.add(row(c.rule(), id, iris.inArticle("claim", id, c.key()), c.claimant().label(), c.claimantText(),
                    c.stance().notation(),
                    String.join("; ", c.about()), c.date().value(), c.quote().of(r.article().text()),
                    c.reportedBy().stream().map(Mention::label).collect(Collectors.joining("; ")),
                    c.evidenceGiven() == null ? null : c.evidenceGiven().toString(), url));
        }
    }

    String events() {
        return String.join("\n", events) + "\n";
    }

    String claims() {
        return String.join("\n", claims) + "\n";
    }

    private String row(String rule, String... cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(cell(c));
        }
        if (withRule) {
            out.add(cell(rule));
        }
        return String.join(",", out);
    }

    static String cell(String v) {
        if (v == null) {
            return "";
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
