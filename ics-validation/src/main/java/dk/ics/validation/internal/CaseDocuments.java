package dk.ics.validation.internal;

import dk.ics.model.casework.CaseStep;
import dk.ics.templates.Bound;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.Role;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks, among the documents of one case, the ones a document is judged against: the latest BFU, the plan. */
public final class CaseDocuments {

    private CaseDocuments() {
    }

    /** Whether a bound document is a børnefaglig undersøgelse (not a partner's statement of the same step). */
    public static boolean isBfu(BoundDocument d) {
        return d.template().step() == CaseStep.BOERNEFAGLIG_UNDERSOEGELSE
                && !(d.hasPlaceFor(Role.PARTNER_TYPE) && !d.hasPlaceFor(Role.PARTNER_INFORMATION));
    }

    /** Whether a bound document is a plan (barnets plan or ungeplan). */
    public static boolean isPlan(BoundDocument d) {
        return d.template().step() == CaseStep.BARNETS_PLAN || d.template().step() == CaseStep.UNGEPLAN;
    }

    /**
     * The latest of the candidates dated on or before a document (all candidates when the document has no date),
     * by document date; an undated candidate counts as older than any dated one.
     */
    public static Optional<BoundDocument> latestBefore(BoundDocument document, List<BoundDocument> candidates) {
        Optional<LocalDate> on = date(document);
        return candidates.stream().filter(c -> c != document)
                .filter(c -> on.isEmpty() || date(c).map(d -> !d.isAfter(on.get())).orElse(true))
                .max(Comparator.comparing((BoundDocument c) -> date(c).orElse(LocalDate.MIN)));
    }

    private static Optional<LocalDate> date(BoundDocument d) {
        return d.documentDate().map(Bound::value);
    }
}
