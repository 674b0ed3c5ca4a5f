package dk.ics.barometer;

import dk.ics.model.LocalizedText;
import java.util.List;

/**
 * A suggested next step for a weak aim point: the aim point, its score and status, and short advice in Danish and
 * English (the catalogue's texts, this library's own wording drawing on the sources' recommendations).
 *
 * @param aimPointId the aim point's id
 * @param title      the aim point's title
 * @param score      its score, or {@code null} when it has too few answers
 * @param status     its status
 * @param advice     what to do next
 */
public record NextStep(String aimPointId, LocalizedText title, Integer score, Status status,
        List<LocalizedText> advice) {

    /** Copies the advice. */
    public NextStep {
        advice = List.copyOf(advice);
    }

    /** Next steps as plain text in a language: each aim point with its score, then its advice as a list. */
    public static String render(List<NextStep> steps, dk.ics.model.Language language) {
        return dk.ics.barometer.internal.TextReport.renderSteps(steps, language);
    }
}
