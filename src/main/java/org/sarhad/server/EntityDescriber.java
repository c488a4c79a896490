package org.sarhad.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.graph.NodeFactory;

/**
 * The description of an entity across all graphs (call inside a read transaction): its own triples; those of its
 * parts ({@code {iri}/...}, e.g. participations, seized items, evidence) and blank nodes (lists), recursively;
 * triples that point at it (capped); and the labels of every resource mentioned.
 */
final class EntityDescriber {
    static final int MAX_INBOUND = 500;
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
        NodeFactory.createURI(Prefixes.SCHEMA + "headline"));

    private final DatasetGraph dsg;

    EntityDescriber(Dataset dataset) {
        this.dsg = dataset.asDatasetGraph();
    }

    /** Empty when the store says nothing about the entity. */
    Model describe(String iri) {
        Model out = Prefixes.apply(ModelFactory.createDefaultModel());
        Node entity = NodeFactory.createURI(iri);
        Set<Node> described = outbound(entity, iri + "/", out);
        if (out.isEmpty()) {
            return out;
        }
        dsg.find(Node.ANY, Node.ANY, Node.ANY, entity).forEachRemaining(q -> {
            if (out.size() < described.size() * 50L + MAX_INBOUND) {
                out.getGraph().add(q.asTriple());
            }
        });
        addLabels(out, described);
        return out;
    }

    private Set<Node> outbound(Node entity, String partPrefix, Model out) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(entity));
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.getGraph().add(q.asTriple());
                Node o = q.getObject();
                if (o.isBlank() || (o.isURI() && o.getURI().startsWith(partPrefix))) {
                    todo.push(o);
                }
            });
        }
        return seen;
    }

    private void addLabels(Model out, Set<Node> described) {
        Set<Node> mentioned = new HashSet<>();
        out.getGraph().find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getObject());
            mentioned.add(t.getPredicate());
        });
        mentioned.removeAll(described);
        for (Node n : mentioned) {
            if (!n.isURI()) {
                continue;
            }
            for (Node p : LABELS) {
                dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> out.getGraph().add(Triple.create(n, p,
                    q.getObject())));
            }
        }
    }
}
