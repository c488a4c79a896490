package org.sarhad.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.sarhad.vocab.SARHAD;

/** Claim: who says what about whom, the quote in context, the reporting chain, and what answers what. */
final class ClaimSection {
    private ClaimSection() {
    }

    static String render(View v, Resource c) {
        String summary = Html.dl("Claimant", v.text(c, SARHAD.claimant), "Named in text", v.text(c, SARHAD.claimantText),
            "Stance", v.text(c, SARHAD.stance), "About", String.join(", ", v.links(v.objects(c, SARHAD.about))),
            "Topic as written", v.text(c, SARHAD.aboutText), "Date", v.text(c, SARHAD.claimDate),
            "Evidence given", v.text(c, SARHAD.evidenceGiven), "Responds to", v.text(c, SARHAD.respondsTo),
            "Reported by", String.join(", ", v.links(v.objects(c, SARHAD.reportedBy))), "Reporting chain", chain(v, c));
        String quote = c.hasProperty(SARHAD.quote) ? "<blockquote>\u201c" + Html.esc(c.getProperty(SARHAD.quote).getString())
            + "\u201d</blockquote>\n" : "";
        return summary + quote + Html.section("Quote in context", Snippets.evidence(v, c))
            + Html.section("Responses", Html.list(v.links(v.subjects(SARHAD.respondsTo, c))))
            + Html.section("Source", Html.list(IncidentSection.sources(v, c)));
    }

    private static String chain(View v, Resource c) {
        Resource head = c.getPropertyResourceValue(SARHAD.reportingChain);
        if (head == null || !head.canAs(RDFList.class)) {
            return "";
        }
        List<String> links = new ArrayList<>();
        for (RDFNode n : head.as(RDFList.class).asJavaList()) {
            links.add(v.value(n));
        }
        return String.join(" \u2192 ", links);
    }
}
