package org.sarhad.server;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.geosparql.implementation.vocabulary.Geo;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.sarhad.vocab.SARHAD;

/**
 * A small inline SVG map (no tiles): a lon/lat graticule over Central and South Asia, the countries known to the
 * store as grey dots, and the place itself in red. Equirectangular, which is plenty at this scale.
 */
final class SvgMap {
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)",
        Pattern.CASE_INSENSITIVE);
    private static final int W = 420;
    private static final int H = 280;

    private SvgMap() {
    }

    /** lon, lat of the resource's first point geometry. */
    static Optional<double[]> point(Resource place) {
        return place.listProperties(Geo.HAS_GEOMETRY_PROP).toList().stream()
            .flatMap(g -> g.getResource().listProperties(Geo.AS_WKT_PROP).toList().stream())
            .map(s -> POINT.matcher(s.getString())).filter(Matcher::find)
            .map(m -> new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))}).findFirst();
    }

    static String render(View view, Resource place) {
        Optional<double[]> p = point(place);
        if (p.isEmpty()) {
            return "";
        }
        double[] box = {Math.min(58, p.get()[0] - 2), Math.max(82, p.get()[0] + 2), Math.min(26, p.get()[1] - 2),
            Math.max(44, p.get()[1] + 2)};
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + W + "\" height=\"" + H
            + "\" viewBox=\"0 0 " + W + " " + H + "\" role=\"img\" aria-label=\"Map of " + Html.esc(view.label(place)) + "\">");
        for (int lon = 60; lon <= 80; lon += 5) {
            svg.append(line(x(lon, box), 0, x(lon, box), H)).append(text(x(lon, box) + 2, H - 4, lon + "\u00b0E", "#789"));
        }
        for (int lat = 30; lat <= 40; lat += 5) {
            svg.append(line(0, y(lat, box), W, y(lat, box))).append(text(2, y(lat, box) - 2, lat + "\u00b0N", "#789"));
        }
        view.model().listSubjectsWithProperty(RDF.type, SARHAD.Country).forEachRemaining(c ->
            point(c).ifPresent(q -> svg.append(dot(q, box, 3, "#999")).append(text(x(q[0], box) + 4, y(q[1], box),
                view.label(c), "#666"))));
        svg.append(dot(p.get(), box, 5, "#c00")).append(text(x(p.get()[0], box) + 6, y(p.get()[1], box) - 4,
            view.label(place), "#900"));
        return svg.append("</svg>\n").toString();
    }

    private static double x(double lon, double[] b) {
        return (lon - b[0]) / (b[1] - b[0]) * W;
    }

    private static double y(double lat, double[] b) {
        return (b[3] - lat) / (b[3] - b[2]) * H;
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#cdd\"/>",
            x1, y1, x2, y2);
    }

    private static String dot(double[] p, double[] b, int r, String fill) {
        return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"/>", x(p[0], b),
            y(p[1], b), r, fill);
    }

    private static String text(double x, double y, String s, String fill) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">%s</text>", x, y, fill,
            Html.esc(s));
    }
}
