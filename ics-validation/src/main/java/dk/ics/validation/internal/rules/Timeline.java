package dk.ics.validation.internal.rules;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.EventType;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.child.Child;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case as the deadline calculator sees it, with the document being checked added as the events it records, and
 * the deadlines computed on it once: the one way a built-in rule learns a statutory deadline. An event the document
 * records is the case's own when the case has an event of the same type on the same day (the case system recorded
 * it); otherwise it is added. Made per use; not shared.
 */
final class Timeline {

    /**
     * An event a document records.
     *
     * @param event        the event
     * @param onlyIfAbsent add it only when the case has no event of its type (a fact the document supplies in place
     *                     of the case's, e.g. when the measure began)
     */
    record Fact(CaseEvent event, boolean onlyIfAbsent) {

        /** An event the document records. */
        static Fact of(EventType type, OffsetDateTime at) {
            return new Fact(CaseEvent.of(type, at), false);
        }
    }

    private final List<Deadline> deadlines;
    private final Set<String> own;
    private final Set<EventType> types;
    private final LegalRegime regime;

    private Timeline(List<Deadline> deadlines, Set<String> own, Set<EventType> types, LegalRegime regime) {
        this.deadlines = deadlines;
        this.own = own;
        this.types = types;
        this.regime = regime;
    }

    /**
     * The case of a context with a document's events added, and its deadlines on the reference date (or, for a final
     * document dated later, on its date: what it records is then known).
     *
     * @return empty when the document's dates contradict the case's (e.g. an assessment before the notification)
     */
    static Optional<Timeline> of(Doc doc, CaseContext context, List<Fact> facts) {
        CaseRecord base = context.asCaseRecord(Deadlines.regime(doc, context));
        List<CaseEvent> events = new ArrayList<>(base.events());
        Set<String> own = new HashSet<>();
        for (Fact f : facts) {
            CaseEvent e = f.event();
            int found = -1;
            for (int i = 0; i < events.size() && found < 0; i++) {
                CaseEvent x = events.get(i);
                if (x.type() == e.type() && (f.onlyIfAbsent()
                        || x.dateIn(CaseEvent.COPENHAGEN).equals(e.dateIn(CaseEvent.COPENHAGEN)))) {
                    found = i;
                }
            }
            if (found < 0) {
                found = events.size();
                events.add(e);
            }
            if (!f.onlyIfAbsent()) {
                own.add("/events/" + found);
            }
        }
        CaseRecord record;
        try {
            Child child = base.child();
            if (child.dateOfBirth().isEmpty() && !child.isUnborn()) {
                // The case does not know the birth date: the document's is used (a plan names the child's).
                Optional<LocalDate> born = doc.date(Role.CHILD_BIRTH_DATE);
                if (born.isPresent()) {
                    child = Child.born(child.id(), born.get());
                }
            }
            record = new CaseRecord(base.id(), child, base.regime(), base.opened(), events);
        } catch (IcsInvalidDataException e) {
            return Optional.empty();
        }
        LocalDate on = context.referenceDate();
        Optional<LocalDate> dated = doc.date(Role.DOCUMENT_DATE);
        if (doc.isFinal() && dated.isPresent() && dated.get().isAfter(on)) {
            on = dated.get();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        events.forEach(e -> types.add(e.type()));
        return Optional.of(new Timeline(context.deadlineCalculator().deadlines(record, on), Set.copyOf(own), types,
                record.regime()));
    }

    /** The case's regime (as recorded, else as derived). */
    LegalRegime regime() {
        return regime;
    }

    /** Whether the case (with the document) has an event of a type. */
    boolean has(EventType type) {
        return types.contains(type);
    }

    /** The deadlines of some rules. */
    List<Deadline> of(Set<DeadlineRule> rules) {
        return deadlines.stream().filter(d -> rules.contains(d.rule())).toList();
    }

    /** The deadlines of some rules that an event the document records met. */
    List<Deadline> metByDocument(Set<DeadlineRule> rules) {
        return deadlines.stream().filter(d -> rules.contains(d.rule()) && d.metByPointer() != null
                && own.contains(d.metByPointer())).toList();
    }

    /** The deadlines of some rules that an event the document records set running. */
    List<Deadline> triggeredByDocument(Set<DeadlineRule> rules) {
        return deadlines.stream().filter(d -> rules.contains(d.rule()) && own.contains(d.triggeredBy())).toList();
    }

    /** The start of a day in Copenhagen, the time of an event a document dates by day only. */
    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(CaseEvent.COPENHAGEN).toOffsetDateTime();
    }

    /** A moment of a day that is no earlier than another moment (a talk dated the day a notification came in). */
    static OffsetDateTime onDayNotBefore(LocalDate day, OffsetDateTime other) {
        OffsetDateTime start = startOf(day);
        return other != null && other.atZoneSameInstant(CaseEvent.COPENHAGEN).toLocalDate().equals(day)
                && other.isAfter(start) ? other : start;
    }

    /** The last moment of a day in Copenhagen. */
    static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).atZone(CaseEvent.COPENHAGEN).toOffsetDateTime();
    }
}
