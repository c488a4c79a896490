package org.sarhad.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.Extractor;
import org.sarhad.iri.IriMinter;
import org.sarhad.mapping.ReadingMapper;
import org.sarhad.reference.ReferenceData;
import org.sarhad.store.ArticleStore;
import org.sarhad.validation.ShapeValidator;

/**
 * The standard parts wired together for one base IRI: reference data, ontology, extractor, mapper, shapes.
 *
 * <pre>
 * Components c = Components.create("http://localhost:3030/");
 * c.storeContext(store);                          // reference data + ontology graphs
 * new Ingest(c.pipeline(), store, listener).run(paths);
 * </pre>
 */
public final class Components {
    private final StoreContext context;
    private final IriMinter iris;
    private final Model ontology;
    private final Model reference;
    private final ShapeValidator validator;
    private final Pipeline pipeline;

    private Components(String base) {
        this.context = StoreContext.create(base);
        this.iris = context.iris();
        this.ontology = context.ontology();
        this.reference = context.reference();
        Dictionary dictionary = ReferenceData.dictionary(reference);
        this.validator = ShapeValidator.create();
        // One flat copy: reference data and ontology do not change while these components live.
        Graph context = GraphFactory.createGraphMem();
        GraphUtil.addInto(context, ModelFactory.createUnion(reference, ontology).getGraph());
        ArticleValidator articles = new ArticleValidator(validator.shapes(), context);
        this.pipeline = Pipeline.builder()
                .extractor(Extractor.create(dictionary))
                .mapper(ReadingMapper.create(iris, dictionary))
                .validator(g -> problems(articles.validate(g)))
                .build();
    }

    public static Components create(String base) {
        return new Components(base);
    }

    private String problems(ValidationReport report) {
        return ShapeValidator.hasViolations(report) ? validator.describe(report) : null;
    }

    public IriMinter iris() {
        return iris;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Model ontology() {
        return ontology;
    }

    public Model reference() {
        return reference;
    }

    public ShapeValidator validator() {
        return validator;
    }

    /** Puts the current reference data and ontology into the store (each one atomic, written only when changed). */
    public void storeContext(ArticleStore store) {
        context.writeTo(store);
    }
}
