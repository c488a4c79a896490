package org.sarhad.mapping;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.sarhad.extract.DateValue;

/** Typed literals for dates at their precision. */
final class Literals {
    private Literals() {
    }

    /** {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear} by precision. */
    static Literal date(DateValue d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(d.value(), type);
    }

    static Literal en(String s) {
        return ResourceFactory.createLangLiteral(s, "en");
    }
}
