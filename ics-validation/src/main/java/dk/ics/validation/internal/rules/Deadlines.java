package dk.ics.validation.internal.rules;

import dk.ics.model.casework.LegalRegime;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.time.LocalDate;
import java.util.Optional;

/** How the built-in deadline rules judge a document against a deadline, and which regime a document falls under. */
final class Deadlines {

    private Deadlines() {
    }

    /**
     * Judges a deadline. A final document was done on its date: later than the deadline is late. A draft is not
     * done: it is overdue once the reference date is past the deadline. The deadline day itself is in time.
     *
     * @param done       the date the document gives for when the step was done
     * @param pointer    where to point a finding
     * @param lateKey    the message key for "done after the deadline" (argument: the deadline; the document's own
     *                   date is not repeated)
     * @param overdueKey the message key for "not done and past the deadline" (argument: deadline)
     */
    static void check(Doc doc, CaseContext context, RuleCheck out, LocalDate deadline, Optional<LocalDate> done,
            String pointer, String lateKey, String overdueKey) {
        if (doc.isFinal()) {
            if (done.isEmpty()) {
                out.contextMissing("documentDate");
            } else if (done.get().isAfter(deadline)) {
                out.report(pointer, lateKey, deadline.toString());
            }
        } else if (context.referenceDate().isAfter(deadline)) {
            out.report(pointer, overdueKey, deadline.toString());
        }
    }

    /**
     * The regime of the case: as recorded in the context, else the one in force on the document's date, else on the
     * reference date.
     */
    static LegalRegime regime(Doc doc, CaseContext context) {
        return context.regimeOr(doc.date(Role.DOCUMENT_DATE));
    }
}
