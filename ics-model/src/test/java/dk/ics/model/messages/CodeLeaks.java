package dk.ics.model.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a caseworker should never read in a Danish message: a code ({@code TRYGT_OMSORGSMILJOE},
 * {@code BL_32}, {@code FINAL}), a camelCase or PascalCase identifier ({@code barnetsOensker},
 * {@code measureStartDate}, {@code NullPointerException}) or an English field name the library uses. Finding codes
 * ({@code ICS-BFU-006}, {@code TPL-REQUIRED}) are how a finding is referred to and are allowed. Shared by every
 * module's message tests through ics-model's test jar.
 */
public final class CodeLeaks {

    /** Finding codes, which a message may name (a rule refers to another rule by its code). */
    private static final Pattern FINDING_CODE = Pattern.compile("\\b(?:ICS|TPL)(?:-[A-Z0-9]+)+\\b");
    /** UPPER_SNAKE codes, and single upper-case words of four letters or more (FINAL, SUNDHEDSFORHOLD). */
    private static final Pattern UPPER = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{Lu}\\d]*(?:_[\\p{Lu}\\d]+)+"
            + "(?![\\p{L}\\d])|(?<![\\p{L}\\d])\\p{Lu}{4,}(?![\\p{L}\\d])");
    /** camelCase and PascalCase identifiers: a lower-case letter followed directly by an upper-case one. */
    private static final Pattern CAMEL = Pattern.compile("[\\p{L}\\d]*\\p{Ll}\\p{Lu}[\\p{L}\\d]*");
    /** Upper-case words a Danish text may hold: abbreviations, and the date pattern ÅÅÅÅ-MM-DD. */
    private static final Set<String> ALLOWED_UPPER = Set.of("ÅÅÅÅ", "JSON", "ISO");
    /** English identifiers of the library that are neither camelCase nor upper-case. */
    private static final Set<String> ENGLISH_NAMES = Set.of("template", "goals", "measures", "threshold",
            "role", "null", "true", "false");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d_]+");

    private CodeLeaks() {
    }

    /** The codes, identifiers and English field names in a Danish text; empty when it reads as Danish. */
    public static List<String> in(String danish) {
        String text = FINDING_CODE.matcher(danish).replaceAll(" ");
        List<String> out = new ArrayList<>();
        Matcher m = UPPER.matcher(text);
        while (m.find()) {
            if (!ALLOWED_UPPER.contains(m.group())) {
                out.add(m.group());
            }
        }
        m = CAMEL.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        m = WORD.matcher(text);
        while (m.find()) {
            if (ENGLISH_NAMES.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
