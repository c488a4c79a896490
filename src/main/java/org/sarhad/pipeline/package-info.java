/**
 * The one-way data flow: read, extract, map, validate, store. {@link org.sarhad.pipeline.Pipeline} carries one
 * article to a validated graph; {@link org.sarhad.pipeline.Ingest} runs a batch into a store, one transaction an
 * article.
 */
package org.sarhad.pipeline;
