package dk.ics.validation.internal.rules;

import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.casework.LegalRegime;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the built-in deadline rules judge a document: never by a date of their own, always by what
 * {@link dk.ics.model.casework.DeadlineCalculator} says of the case with the document in it ({@link Timeline}).
 */
final class Deadlines {

    private Deadlines() {
    }

    /**
     * Reports a deadline a document concerns: a final document that met it late ({@code lateKey}), or, for a draft,
     * one that is overdue on the reference date ({@code overdueKey}). The argument is the due date (or time) as the
     * calculator gives it.
     *
     * @param rules      the deadline rules the check is about
     * @param pointer    where to point a finding
     * @return whether a finding was reported
     */
    static boolean judge(Doc doc, Timeline t, Set<DeadlineRule> rules, RuleCheck out, String pointer, String lateKey,
            String overdueKey) {
        boolean any = false;
        if (doc.isFinal()) {
            for (Deadline d : t.metByDocument(rules)) {
                if (d.status() == DeadlineStatus.MET_LATE) {
                    out.report(d.reference(), pointer, lateKey, d.formattedDue());
                    any = true;
                }
            }
        } else {
            for (Deadline d : t.of(rules)) {
                if (d.status() == DeadlineStatus.OVERDUE) {
                    out.report(d.reference(), pointer, overdueKey, d.formattedDue());
                    any = true;
                }
            }
        }
        return any;
    }

    /** Only the deadlines cited under one law. */
    static List<Deadline> under(List<Deadline> deadlines, dk.ics.model.law.Law law) {
        return deadlines.stream().filter(d -> d.reference().law() == law).toList();
    }

    /**
     * The regime of the case: as recorded in the context, else the one in force on the document's date, else on the
     * reference date.
     */
    static LegalRegime regime(Doc doc, CaseContext context) {
        return context.regimeOr(doc.date(Role.DOCUMENT_DATE));
    }

    /**
     * The regime a step done on the document's date follows: in a case opened under Serviceloven, Barnets lov from
     * 1 January 2024 (the project's reading of the move, {@link dk.ics.model.law.LegalReferences#BL_212}).
     */
    static LegalRegime stepRegime(Doc doc, CaseContext context) {
        LocalDate on = doc.date(Role.DOCUMENT_DATE).orElse(context.referenceDate());
        return regime(doc, context) == LegalRegime.SEL && on.isBefore(LegalRegime.BARNETS_LOV_IN_FORCE)
                ? LegalRegime.SEL : LegalRegime.BARNETS_LOV;
    }

    /** The document's date, when it has one. */
    static Optional<LocalDate> documentDate(Doc doc) {
        return doc.date(Role.DOCUMENT_DATE);
    }
}
