package dk.ics.model.internal;

import java.util.regex.Pattern;

/** Decides what of an input may be echoed in a message: only things shaped like codes, never free text. */
public final class SafeText {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6,}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.§\\-]{1,64}");

    private SafeText() {
    }

    /**
     * The code in quotes when it looks like a code, otherwise a placeholder; digits-only runs of six or more (a CPR
     * number or part of one) are never echoed.
     */
    public static String code(String candidate) {
        if (candidate == null) {
            return "(null)";
        }
        if (isCode(candidate)) {
            return "'" + candidate + "'";
        }
        return "(a value that is not a code, " + candidate.length() + " characters)";
    }

    /**
     * Whether a text is shaped like a code and may be shown: letters, digits, {@code _ . - §}, at most 64 characters,
     * and no run of six or more digits.
     */
    public static boolean isCode(String candidate) {
        return candidate != null && CODE.matcher(candidate).matches() && !SIX_DIGITS.matcher(candidate).find();
    }
}
