package dk.ics.model.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.casework.internal.EventOrder;
import dk.ics.model.child.Child;
import dk.ics.model.constraints.DatesInOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A child's case as the deadline rules see it: the child, the law the case runs under, and its dated events.
 * Immutable; checked on construction, so a {@code CaseRecord} that exists is consistent.
 *
 * <p><strong>JSON format</strong> (read with {@link CaseRecords}, written with {@link CaseRecords#toJson}):
 * <pre>{@code
 * {
 *   "id": "sag-2024-017",                          // required: the case's id in the caller's system (a pseudonym)
 *   "child": {"id": "barn-7f3a", "birthDate": "2012-05-14"},   // required: see Child
 *   "regime": "BARNETS_LOV",                       // optional: SEL or BARNETS_LOV
 *   "opened": "2024-02-01",                        // optional: the day the case was opened
 *   "events": [                                    // optional, in any order: see CaseEvent
 *     {"type": "NOTIFICATION_RECEIVED", "at": "2024-02-01T10:15", "professionalNotifier": true},
 *     {"type": "NOTIFICATION_ASSESSED", "at": "2024-02-01T15:00"}
 *   ]
 * }
 * }</pre>
 * Unknown properties are refused. When {@code regime} is absent it is chosen by the start date with
 * {@link LegalRegime#forStartDate}: the start date is {@code opened}, else the day of the earliest event (in
 * Copenhagen). A case with neither a regime nor a start date is refused. The record then holds the regime
 * explicitly, so writing and reading it again gives an equal record.
 *
 * <p><strong>Checks.</strong> Events may be listed in any order, but their dates must make sense: an event that
 * answers another may not be dated before every event it could answer (an assessment before any notification was
 * received, an acknowledgement before the notification, an investigation started before the need was known,
 * finished or given a preliminary assessment before it started, a measure ended before any measure of the same kind
 * started). Such a case is refused with an {@link IcsInvalidDataException} whose location is the JSON Pointer of
 * the later event ({@code /events/3}) and whose message names both events by type and pointer, never by date.
 *
 * <p>{@link #toString()} shows the regime and the number of events only: ids and dates of a case are personal data.
 *
 * @param id     the case's id (1–100 characters; never a CPR number)
 * @param child  the child
 * @param regime the law the case runs under; {@code null} to choose it by the start date
 * @param opened the day the case was opened, or {@code null}
 * @param events the events, in any order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "child", "regime", "opened", "events"})
@DatesInOrder
public record CaseRecord(@NotBlank @Size(max = 100) String id, @NotNull @Valid Child child, LegalRegime regime,
        LocalDate opened, List<CaseEvent> events) {

    private static final Pattern CPR_LIKE = Pattern.compile(".*\\d{6}-?\\d{4}.*");

    /**
     * Checks the case and fills in the regime.
     *
     * @throws IcsInvalidDataException at the JSON Pointer of the offending field or event
     */
    public CaseRecord {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new IcsInvalidDataException(Location.atPointer("/id"), "expected a case id of 1 to 100 characters");
        }
        if (CPR_LIKE.matcher(id).matches()) {
            throw new IcsInvalidDataException(Location.atPointer("/id"),
                    "the case id must not contain a CPR number");
        }
        if (child == null) {
            throw new IcsInvalidDataException(Location.atPointer("/child"), "expected the child");
        }
        List<CaseEvent> copy = new ArrayList<>(events == null ? List.of() : events);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw new IcsInvalidDataException(Location.atPointer("/events/" + i), "expected an event, not null");
            }
        }
        events = List.copyOf(copy);
        if (regime == null) {
            LocalDate start = startDate(opened, events)
                    .orElseThrow(() -> new IcsInvalidDataException(Location.atPointer("/regime"),
                            "expected a regime (SEL or BARNETS_LOV), or an opening date or an event to choose it by"));
            regime = LegalRegime.forStartDate(start);
        }
        EventOrder.check(events);
    }

    /**
     * A case with the regime chosen by its start date.
     *
     * @param id     the case's id
     * @param child  the child
     * @param events the events
     * @return the case
     */
    public static CaseRecord of(String id, Child child, List<CaseEvent> events) {
        return new CaseRecord(id, child, null, null, events);
    }

    /** The day the case started: {@code opened}, else the day of the earliest event in Copenhagen. */
    public Optional<LocalDate> startDate() {
        return startDate(opened, events);
    }

    /** The events of one type, in the order listed. */
    public List<CaseEvent> events(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /** This case with another regime (for example a case moved to Barnets lov by a transition rule). */
    public CaseRecord withRegime(LegalRegime newRegime) {
        return new CaseRecord(id, child, newRegime, opened, events);
    }

    /** This case with one more event at the end of the list. */
    public CaseRecord withEvent(CaseEvent event) {
        List<CaseEvent> more = new ArrayList<>(events);
        more.add(event);
        return new CaseRecord(id, child, regime, opened, more);
    }

    private static Optional<LocalDate> startDate(LocalDate opened, List<CaseEvent> events) {
        if (opened != null) {
            return Optional.of(opened);
        }
        return events.stream().map(CaseEvent::instant).min(java.util.Comparator.naturalOrder())
                .map(i -> i.atZone(CaseEvent.COPENHAGEN).toLocalDate());
    }

    /** Shows the regime and the number of events, never ids or dates. */
    @Override
    public String toString() {
        return "CaseRecord[regime=" + regime + ", events=" + events.size() + "]";
    }
}
