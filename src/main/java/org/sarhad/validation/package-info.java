/**
 * SHACL validation of article graphs and reference data against {@code shapes/sarhad-shapes.ttl}:
 * {@link org.sarhad.validation.ShapeValidator} parses the shapes once, validates a graph and words the report;
 * {@link org.sarhad.validation.ValidationException} carries a failing report.
 */
package org.sarhad.validation;
