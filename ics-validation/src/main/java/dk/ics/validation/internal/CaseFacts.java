package dk.ics.validation.internal;

import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.validation.CaseContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Consumer;

/** Reads from a case record the dates the rules judge documents by, into a {@link CaseContext.Builder}. */
public final class CaseFacts {

    private CaseFacts() {
    }

    /**
     * Fills a builder from a case record: see {@link CaseContext.Builder#caseRecord(CaseRecord)}.
     *
     * @param record the case
     * @param on     the reference date: later events are left out
     * @param b      the builder
     */
    public static void apply(CaseRecord record, LocalDate on, CaseContext.Builder b) {
        b.regime(record.regime());
        set(record.opened(), b::caseOpened);
        record.child().dateOfBirth().ifPresent(b::childBirthDate);
        LocalDate needKnown = null;
        LocalDate support = null;
        LocalDate with = null;
        LocalDate without = null;
        LocalDate measure = null;
        LocalDate placed = null;
        boolean urgent = false;
        for (CaseEvent e : record.events().stream().sorted(Comparator.comparing(CaseEvent::instant)).toList()) {
            LocalDate day = e.dateIn(CaseEvent.COPENHAGEN);
            if (day.isAfter(on)) {
                continue;
            }
            switch (e.type()) {
                case NEED_KNOWN -> needKnown = first(needKnown, day);
                case DECISION_SUPPORT_32 -> support = first(support, day);
                case DECISION_PLACEMENT_46 -> with = first(with, day);
                case DECISION_PLACEMENT_47 -> without = first(without, day);
                case MEASURE_STARTED -> {
                    measure = day;
                    placed = e.isPlacementMeasure() ? day : placed;
                }
                case MEASURE_ENDED -> placed = e.isPlacementMeasure() ? null : placed;
                case SUPERVISION_VISIT -> b.supervisionVisit(day);
                case FOLLOW_UP -> {
                    if (day.isBefore(on)) {
                        b.earlierFollowUp(day);
                    }
                }
                default -> {
                    // the other events start no deadline a document rule judges
                }
            }
            urgent |= e.type().isDecision() && e.isUrgentDecision();
        }
        // only what the record knows: values set on the builder before stay when the record is silent
        set(needKnown, b::needKnownDate);
        set(support, b::supportDecisionDate);
        set(with, b::placementWithConsentDecisionDate);
        set(without, b::placementWithoutConsentDecisionDate);
        set(measure, b::measureStartDate);
        set(placed, b::placementStartDate);
        if (urgent) {
            b.urgentDecision(true);
        }
    }

    private static void set(LocalDate value, Consumer<LocalDate> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static LocalDate first(LocalDate current, LocalDate day) {
        return current == null ? day : current;
    }
}
