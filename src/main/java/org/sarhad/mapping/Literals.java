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

    /**
     * The XSD canonical lexical form of a decimal ("30.0", "2.5"): stores such as TDB2 normalise decimals to it, so
     * writing it keeps the same graph isomorphic whichever store it went through.
     */
    static String canonicalDecimal(java.math.BigDecimal d) {
        java.math.BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? s.toBigInteger() + ".0" : s.toPlainString();
    }

    static Literal en(String s) {
        return ResourceFactory.createLangLiteral(s, "en");
    }
}
