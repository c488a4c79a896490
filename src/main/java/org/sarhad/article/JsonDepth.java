package org.sarhad.article;

/**
 * Refuses JSON nested deeper than {@value #MAX_DEPTH} arrays and objects before it is parsed: Jena's JSON parser
 * recurses once per level, so a line of a few thousand {@code [} overflows the stack, an Error that would end the
 * whole batch instead of rejecting one input. Articles need three levels at most.
 */
final class JsonDepth {
    static final int MAX_DEPTH = 64;

    private JsonDepth() {
    }

    /** @throws ArticleFields.InputProblem when some value is nested deeper than the limit */
    static void check(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new ArticleFields.InputProblem("JSON nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }
}
