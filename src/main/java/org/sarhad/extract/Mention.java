package org.sarhad.extract;

/**
 * A name in the text that refers to an entity.
 *
 * @param text      the surface form exactly as in the article
 * @param span      where it occurs (for a resolved pronoun or short name: the short form's span)
 * @param kind      actor, place or outlet
 * @param entityRef IRI of the reference-data entity it was linked to, or null when unknown
 * @param label     the canonical label: the reference label when linked, else the normalised surface form
 * @param type      for unknown entities, the guessed class local name (e.g. {@code ArmedGroup}, {@code District});
 *                  null when linked
 */
public record Mention(String text, Span span, EntityKind kind, String entityRef, String label, String type) {
    public boolean linked() {
        return entityRef != null;
    }
}
