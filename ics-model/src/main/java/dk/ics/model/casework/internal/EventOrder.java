package dk.ics.model.casework.internal;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.EventType;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The date-order checks on a case's events: an event that answers another must not be dated before every event it
 * could answer. Stateless.
 */
public final class EventOrder {

    /** A later event type, the earlier type it answers, and whether two events of those types can belong together. */
    private record Rule(EventType later, EventType earlier, BiPredicate<CaseEvent, CaseEvent> sameKind) {
        Rule(EventType later, EventType earlier) {
            this(later, earlier, (a, b) -> true);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(EventType.NOTIFICATION_ASSESSED, EventType.NOTIFICATION_RECEIVED),
            new Rule(EventType.NOTIFIER_ACKNOWLEDGED, EventType.NOTIFICATION_RECEIVED),
            new Rule(EventType.BFU_STARTED, EventType.NEED_KNOWN),
            new Rule(EventType.BFU_PRELIMINARY_ASSESSMENT, EventType.BFU_STARTED),
            new Rule(EventType.BFU_FINISHED, EventType.BFU_STARTED),
            new Rule(EventType.MEASURE_ENDED, EventType.MEASURE_STARTED,
                    (end, start) -> end.isPlacementMeasure() == start.isPlacementMeasure()));

    private EventOrder() {
    }

    /**
     * Checks the events.
     *
     * @param events the case's events, in the order listed
     * @throws IcsInvalidDataException at {@code /events/i} of the first event found out of order
     */
    public static void check(List<CaseEvent> events) {
        for (Rule rule : RULES) {
            for (int j = 0; j < events.size(); j++) {
                CaseEvent later = events.get(j);
                if (later.type() == rule.later()) {
                    checkOne(events, j, later, rule);
                }
            }
        }
    }

    private static void checkOne(List<CaseEvent> events, int j, CaseEvent later, Rule rule) {
        int earliest = -1;
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (e.type() != rule.earlier() || !rule.sameKind().test(later, e)) {
                continue;
            }
            if (!e.instant().isAfter(later.instant())) {
                return;
            }
            if (earliest < 0 || e.instant().isBefore(events.get(earliest).instant())) {
                earliest = i;
            }
        }
        if (earliest >= 0) {
            throw new IcsInvalidDataException(Location.atPointer("/events/" + j),
                    rule.later() + " at /events/" + j + " is dated before " + rule.earlier() + " at /events/"
                            + earliest + "; expected it on or after the " + rule.earlier());
        }
    }
}
