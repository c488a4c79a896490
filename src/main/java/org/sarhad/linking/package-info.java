/**
 * Linking after mapping: an incident's place names resolved to gazetteer features (with a score, the rule, and no
 * link where two candidates are close), incidents put on the border the text places them on, and the incidents of
 * different articles that report one real-world event grouped into a {@code sarhad:Event} that states where its
 * reports disagree. Each article's link decisions live in its own link graph, each event in its own event graph.
 */
package org.sarhad.linking;
