package org.sarhad.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.sarhad.article.Article;
import org.sarhad.extract.Claim;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.Mention;
import org.sarhad.extract.Reading;
import org.sarhad.extract.Span;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.OA;
import org.sarhad.vocab.PROV;
import org.sarhad.vocab.Prefixes;
import org.sarhad.vocab.SARHAD;
import org.sarhad.vocab.Taxonomy;

/**
 * The standard {@link ArticleMapper}: article, incidents, claims, and the minimal description of every entity
 * not in the reference data, each statement with its text evidence (article, offsets, rule).
 */
public final class ReadingMapper implements ArticleMapper {
    private final IriMinter iris;
    private final EntityLinker linker;

    private ReadingMapper(IriMinter iris, Dictionary dictionary) {
        this.iris = iris;
        // Built once: its lookups derive from the dictionary only and are read-only afterwards (thread-safe).
        this.linker = new EntityLinker(iris, dictionary);
    }

    public static ReadingMapper create(IriMinter iris, Dictionary dictionary) {
        return new ReadingMapper(Objects.requireNonNull(iris, "iris"), Objects.requireNonNull(dictionary, "dictionary"));
    }

    @Override
    public String graphName(Article article) {
        return iris.articleGraph(article.id());
    }

    @Override
    public Model map(Reading reading) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        Article a = reading.article();
        Resource article = mapArticle(m, a, linker);
        IncidentMapper incidents = new IncidentMapper(iris, linker, a, article);
        reading.incidents().forEach(i -> incidents.map(m, i));
        reading.claims().forEach(c -> mapClaim(m, c, a, article, linker, reading.mentions()));
        return m;
    }

    private Resource mapArticle(Model m, Article a, EntityLinker linker) {
        Resource r = m.createResource(iris.article(a.id()));
        r.addProperty(RDF.type, SARHAD.Article);
        r.addProperty(SARHAD.articleId, a.id());
        r.addProperty(RDFS.label, a.title() != null ? a.title() : a.id());
        if (a.title() != null) {
            r.addProperty(SchemaDO.headline, a.title());
        }
        if (a.url() != null) {
            r.addProperty(SchemaDO.url, m.createResource(a.url()));
        }
        if (a.published() != null) {
            r.addProperty(SchemaDO.datePublished, a.published().toString(), XSDDatatype.XSDdate);
        }
        if (a.outlet() != null) {
            r.addProperty(SARHAD.outlet, linker.outlet(m, a.outlet(), r));
        }
        r.addProperty(SARHAD.text, a.text());
        return r;
    }

    private void mapClaim(Model m, Claim c, Article a, Resource article, EntityLinker linker, List<Mention> mentions) {
        Resource r = m.createResource(iris.inArticle("claim", a.id(), c.key()));
        Resource claimant = linker.resolve(m, c.claimant(), article);
        String quote = c.quote().of(a.text());
        r.addProperty(RDF.type, SARHAD.Claim);
        r.addProperty(RDFS.label, (c.claimantText() != null ? c.claimantText() : c.claimant().label()) + " "
                + c.stance() + ": \u201c" + abbreviate(quote) + "\u201d");
        r.addProperty(SARHAD.claimant, claimant);
        r.addProperty(PROV.wasAttributedTo, claimant);
        if (c.claimantText() != null) {
            r.addProperty(SARHAD.claimantText, c.claimantText());
        }
        r.addProperty(SARHAD.stance, Taxonomy.stance(c.stance().notation()));
        c.about().forEach(t -> r.addProperty(SARHAD.aboutText, t));
        for (Mention mention : mentions) {
            if (c.quote().contains(mention.span()) && mention.linked()) {
                r.addProperty(SARHAD.about, m.createResource(mention.entityRef()));
            }
        }
        if (c.date() != null && c.date().known()) {
            r.addProperty(SARHAD.claimDate, Literals.date(c.date()));
        }
        r.addProperty(SARHAD.quote, quote);
        r.addProperty(SARHAD.evidence, Evidence.add(m, iris.part(r.getURI(), "quote"), article, c.quote(), a.text()));
        int n = 0;
        for (Span s : c.evidence()) {
            r.addProperty(SARHAD.evidence, Evidence.add(m, iris.part(r.getURI(), "evidence" + (++n)), article, s,
                    a.text()));
        }
        List<RDFNode> chain = new ArrayList<>();
        chain.add(claimant);
        for (Mention via : c.reportedBy()) {
            Resource v = linker.resolve(m, via, article);
            r.addProperty(SARHAD.reportedBy, v);
            chain.add(v);
        }
        m.listObjectsOfProperty(article, SARHAD.outlet).forEachRemaining(chain::add);
        if (chain.size() > 1) {
            r.addProperty(SARHAD.reportingChain, m.createList(chain.iterator()));
        }
        if (c.evidenceGiven() != null) {
            r.addLiteral(SARHAD.evidenceGiven, c.evidenceGiven().booleanValue());
        }
        if (c.respondsTo() != null) {
            r.addProperty(SARHAD.respondsTo, m.createResource(iris.inArticle("claim", a.id(), c.respondsTo())));
        }
        r.addProperty(PROV.wasDerivedFrom, article);
        r.addProperty(SARHAD.extractionRule, c.rule());
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77).strip() + "\u2026";
    }

    /** Web Annotation position + quote selector for a span of the article text. */
    static final class Evidence {
        private Evidence() {
        }

        static Resource add(Model m, String iri, Resource article, Span span, String text) {
            Resource e = m.createResource(iri);
            e.addProperty(RDF.type, SARHAD.TextEvidence);
            e.addProperty(SARHAD.sourceArticle, article);
            e.addLiteral(OA.start, m.createTypedLiteral(Integer.toString(span.start()), XSDDatatype.XSDinteger));
            e.addLiteral(OA.end, m.createTypedLiteral(Integer.toString(span.end()), XSDDatatype.XSDinteger));
            e.addProperty(OA.exact, span.of(text));
            return e;
        }
    }
}
