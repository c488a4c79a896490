/**
 * The linguistic annotation layer: an article as sentences of tokens with offsets, part-of-speech tags, lemmas and a
 * Universal Dependencies parse, built once per article by an {@link org.sarhad.extract.doc.Annotator} and read by
 * every extraction rule. No rule rescans the raw characters for what this layer already holds.
 */
package org.sarhad.extract.doc;
