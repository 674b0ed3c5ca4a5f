package dk.ics.examples;

import dk.ics.model.Language;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.EventType;
import dk.ics.model.child.Child;
import dk.ics.model.focus.AgeGroupFocus;
import dk.ics.model.focus.FocusAreas;
import dk.ics.model.triangle.Dimension;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Scenario: a vendor's case system embeds ics-java. A school has reported concern about a girl born 30 November
 * 2019; the caseworker opens the case. The system looks up the dimension "Sundhedsforhold", shows what matters for a
 * child of her age there, and lists the case's statutory deadlines on 24 November 2026.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Runs the scenario and prints to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the scenario, printing to {@code out}. */
    public static void run(PrintStream out) {
        // README:begin (the README shows the lines up to README:end verbatim; ReadmeSnippetTest keeps them equal)
        Language da = Language.DA;
        LocalDate today = LocalDate.of(2026, 11, 24);

        // 1. A dimension of the triangle, by code or by a label as another system spells it.
        Dimension health = Dimension.fromLabel("sundhedsforhold");
        out.println(health.number() + ". " + health.label().in(da) + " (" + health.side().label().in(da) + ")");

        // 2. The child's age group and the focus areas on that dimension (the built-in catalogue is illustrative).
        Child child = Child.born("barn-a2c9", LocalDate.of(2019, 11, 30));
        AgeGroupFocus focus = FocusAreas.builtIn().forChild(child.dateOfBirth().orElseThrow(), today).orElseThrow();
        out.println("Aldersgruppe: " + focus.ageGroup().label().in(da));
        focus.statements(health).forEach(s -> out.println("  " + s.kind() + ": " + s.text().in(da)));

        // 3. The case's events as the case system knows them, and the deadlines they set running.
        CaseRecord record = CaseRecord.of("sag-2026-1120", child, List.of(
                CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2026-11-20T15:45").withProfessionalNotifier(true),
                CaseEvent.of(EventType.NOTIFICATION_ASSESSED, "2026-11-21T09:30"),
                CaseEvent.of(EventType.NEED_KNOWN, "2026-11-21T09:30")));
        for (Deadline d : DeadlineCalculator.standard().deadlines(record, today)) {
            out.println(d.formattedDue() + "  " + d.status().label().in(da) + "  " + d.label(da) + "  " + d.basis());
        }
        // README:end
    }
}
