package io.github.camelcarto.local.engine;

/**
 * A statement with everything that is not code (string literals, quoted identifiers, comments, dollar quotes) blanked
 * out, character for character. Patterns matched on the mask can only hit code, and their positions are positions in
 * the original text, so rewrites splice the original.
 */
final class CodeMask {

    private CodeMask() {
    }

    static String of(String sql) {
        StringBuilder mask = new StringBuilder(sql.length());
        for (SqlSegments.Segment segment : SqlSegments.of(sql)) {
            String text = segment.text();
            if (segment.kind() == SqlSegments.Kind.CODE) {
                mask.append(text);
            } else if (segment.kind() == SqlSegments.Kind.COMMENT || text.length() < 2) {
                mask.append(" ".repeat(text.length()));
            } else {
                // keep the quotes, so a literal still reads as one operand: 'abc' becomes '   '
                mask.append(text.charAt(0)).append(" ".repeat(text.length() - 2)).append(text.charAt(text.length() - 1));
            }
        }
        return mask.toString();
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    static int closingParenthesis(String mask, int open) {
        int depth = 0;
        for (int i = open; i < mask.length(); i++) {
            char c = mask.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
