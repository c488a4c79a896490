package org.sarhad.server;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Incidents per month, stacked by type, with the month's stated fatalities as a line: an inline SVG drawn on the
 * server (readable without scripts, testable as markup). Spans over {@value #MAX_MONTHS} months are drawn per year.
 * Incidents dated only to a year, or not at all, are counted beneath it.
 */
final class Timeline {
    static final int MAX_MONTHS = 240;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79"};
    private static final int W = 900;
    private static final int H = 220;
    private static final int PAD = 36;

    private Timeline() {
    }

    static String render(List<IncidentRow> rows) {
        List<IncidentRow> dated = rows.stream().filter(r -> r.month() != null).toList();
        long undated = rows.size() - dated.size();
        if (dated.isEmpty()) {
            return "<p class=\"timeline-empty\">No incident here is dated to a month" + (undated > 0 ? " (" + undated
                + " dated only to a year or not at all)" : "") + ", so there is no timeline.</p>\n";
        }
        TreeSet<String> types = new TreeSet<>();
        dated.forEach(r -> types.add(r.type() == null ? "other" : r.type()));
        YearMonth first = YearMonth.parse(dated.stream().map(IncidentRow::month).min(String::compareTo).orElseThrow());
        YearMonth last = YearMonth.parse(dated.stream().map(IncidentRow::month).max(String::compareTo).orElseThrow());
        boolean yearly = first.until(last, java.time.temporal.ChronoUnit.MONTHS) >= MAX_MONTHS;
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Long> deaths = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(yearly ? 12 : 1)) {
            counts.put(key(m.toString(), yearly), new TreeMap<>());
        }
        for (IncidentRow r : dated) {
            String k = key(r.month(), yearly);
            counts.computeIfAbsent(k, x -> new TreeMap<>()).merge(r.type() == null ? "other" : r.type(), 1, Integer::sum);
            if (r.fatalities() != null) {
                deaths.merge(k, r.fatalities(), Long::sum);
            }
        }
        return svg(counts, deaths, List.copyOf(types), yearly) + legend(List.copyOf(types))
            + (undated > 0 ? "<p><small>" + undated + " more dated only to a year or not at all.</small></p>\n" : "");
    }

    private static String key(String month, boolean yearly) {
        return yearly ? month.substring(0, 4) : month;
    }

    private static String svg(Map<String, Map<String, Integer>> counts, Map<String, Long> deaths, List<String> types,
                              boolean yearly) {
        int maxCount = counts.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
            .max().orElse(1);
        long maxDeaths = Math.max(1, deaths.values().stream().mapToLong(Long::longValue).max().orElse(1));
        // A few months should not make bars a third of the page wide.
        double slot = Math.min(48, (double) (W - 2 * PAD) / counts.size());
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "<svg id=\"timeline\" class=\"timeline\" "
            + "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\""
            + "Incidents per %s by type, with fatalities\">", W, H, yearly ? "year" : "month"));
        b.append(axisText(4, PAD - 8, "incidents (bars, max " + maxCount + ")", "#333"))
            .append(axisText(W - PAD - 150, PAD - 8, "fatalities (line, max " + maxDeaths + ")", "#900"));
        StringBuilder line = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            double x = PAD + i * slot;
            double y = H - PAD;
            for (String t : types) {
                int n = e.getValue().getOrDefault(t, 0);
                if (n > 0) {
                    double h = (H - 2 * PAD) * (double) n / maxCount;
                    y -= h;
                    b.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>", x + 1, y, Math.max(1, slot - 2), h,
                        colour(types, t), e.getKey(), Html.esc(t), n));
                }
            }
            if (deaths.containsKey(e.getKey())) {
                double dy = H - PAD - (H - 2 * PAD) * (double) deaths.get(e.getKey()) / maxDeaths;
                line.append(line.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x + slot / 2, dy));
                b.append(String.format(Locale.ROOT, "<circle class=\"fatalities\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" "
                    + "fill=\"#900\"><title>%s: %d dead</title></circle>", x + slot / 2, dy, e.getKey(), deaths.get(e.getKey())));
            }
            if (i == 0 || i == counts.size() - 1 || counts.size() <= 24 || i % (counts.size() / 12) == 0) {
                b.append(axisText(x, H - PAD + 14, e.getKey(), "#555"));
            }
            i++;
        }
        if (line.length() > 0) {
            b.append("<path class=\"fatalities-line\" d=\"").append(line).append("\" fill=\"none\" stroke=\"#900\"/>");
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", PAD, H - PAD,
            W - PAD, H - PAD));
        return b.append("</svg>\n").toString();
    }

    private static String legend(List<String> types) {
        StringBuilder b = new StringBuilder("<p class=\"legend\">");
        for (String t : types) {
            b.append("<span style=\"color:").append(colour(types, t)).append("\">\u25a0</span> ").append(Html.esc(t))
                .append(" &nbsp; ");
        }
        return b.append("<span style=\"color:#900\">\u25cf</span> fatalities</p>\n").toString();
    }

    static String colour(List<String> types, String type) {
        return COLOURS[Math.max(0, types.indexOf(type)) % COLOURS.length];
    }

    private static String axisText(double x, double y, String s, String fill) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">%s</text>", x, y, fill,
            Html.esc(s));
    }
}
