package org.sarhad.cli;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.Extractor;
import org.sarhad.iri.IriMinter;
import org.sarhad.mapping.ReadingMapper;
import org.sarhad.ontology.OntologyModel;
import org.sarhad.pipeline.ArticleValidator;
import org.sarhad.pipeline.Pipeline;
import org.sarhad.reference.ReferenceData;
import org.sarhad.store.ArticleStore;
import org.sarhad.validation.ShapeValidator;

/** The standard parts wired together for one base IRI: reference data, ontology, extractor, mapper, shapes. */
final class Components {
    private final IriMinter iris;
    private final Model ontology;
    private final Model reference;
    private final ShapeValidator validator;
    private final Pipeline pipeline;

    private Components(String base) {
        this.iris = IriMinter.create(base);
        this.ontology = OntologyModel.load();
        this.reference = ReferenceData.load(base);
        Dictionary dictionary = ReferenceData.dictionary(reference);
        this.validator = ShapeValidator.create();
        ArticleValidator articles = new ArticleValidator(validator.shapes(),
                ModelFactory.createUnion(reference, ontology).getGraph());
        this.pipeline = Pipeline.builder()
                .extractor(Extractor.create(dictionary))
                .mapper(ReadingMapper.create(iris, dictionary))
                .validator(g -> problems(articles.validate(g)))
                .build();
    }

    static Components create(String base) {
        return new Components(base);
    }

    private String problems(ValidationReport report) {
        return ShapeValidator.hasViolations(report) ? validator.describe(report) : null;
    }

    IriMinter iris() {
        return iris;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    Model ontology() {
        return ontology;
    }

    Model reference() {
        return reference;
    }

    ShapeValidator validator() {
        return validator;
    }

    /** Puts the current reference data and ontology into the store (each one atomic, idempotent). */
    void storeContext(ArticleStore store) {
        store.replaceGraph(iris.referenceGraph(), reference);
        store.replaceGraph(iris.ontologyGraph(), ontology);
    }
}
