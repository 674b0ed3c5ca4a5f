package dk.ics.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The assessment and decision on support of an investigation, read by role ({@code DECISION} and the roles in it,
 * with the child's and the parents' views of the support, Barnets lov § 22).
 *
 * @param pointer     the JSON Pointer of the decision object
 * @param legalBases  the legal basis codes ({@code DECISION_LEGAL_BASIS}: {@code BL_32}, {@code BL_46}, …)
 * @param date        the date of the decision ({@code DECISION_DATE})
 * @param childView   the child's view of the support ({@code CHILD_VIEW_OF_SUPPORT})
 * @param parentsView the parents' view of the support ({@code PARENTS_VIEW_OF_SUPPORT})
 */
public record Decision(String pointer, List<Bound<String>> legalBases, Optional<Bound<LocalDate>> date,
        Optional<Bound<String>> childView, Optional<Bound<String>> parentsView) {
}
