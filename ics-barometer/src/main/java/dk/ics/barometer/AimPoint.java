package dk.ics.barometer;

import dk.ics.model.LocalizedText;
import java.util.List;

/**
 * One of the seven aim points (sigtepunkter) for implementing ICS, with its statements and short advice for the next
 * steps when it scores low.
 *
 * @param id         the stable id, e.g. {@code S3}
 * @param title      the title in Danish and English, in the spelling the catalogue uses
 * @param variants   other Danish spellings of the title found in the sources (e.g. <em>forankringsagenter</em> for
 *                   <em>forandringsagenter</em>); may be empty
 * @param statements the statements, in order; at least one
 * @param advice     suggested next steps when the aim point is weak, in Danish and English (this library's own
 *                   texts, drawing on the sources' recommendations); may be empty
 */
public record AimPoint(String id, LocalizedText title, List<String> variants, List<Statement> statements,
        List<LocalizedText> advice) {

    /** Copies the lists; absent lists are empty. */
    public AimPoint {
        variants = variants == null ? List.of() : List.copyOf(variants);
        statements = statements == null ? List.of() : List.copyOf(statements);
        advice = advice == null ? List.of() : List.copyOf(advice);
    }
}
