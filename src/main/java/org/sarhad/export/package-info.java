/** Exports of the store for analysts' tools: the DESIGN.md {@code events-csv} and {@code claims-csv} tables. */
package org.sarhad.export;
