package dk.ics.model.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One dated event on a case: a notification received, a decision made, a follow-up held. Immutable.
 *
 * <p>JSON form ({@code at} and {@code type} are required; the attributes are optional and allowed only on the event
 * types named):
 * <pre>{@code
 * {"type": "NOTIFICATION_RECEIVED", "at": "2024-03-05T09:30", "concernsAbuse": true, "professionalNotifier": true}
 * {"type": "DECISION_SUPPORT_32", "at": "2024-06-10", "planToBeMade": true, "section": "§ 32, stk. 1, nr. 3"}
 * {"type": "MEASURE_STARTED", "at": "2024-06-15", "placement": true}
 * {"type": "FOLLOW_UP", "at": "2024-09-01T13:00+02:00", "nextPlannedDate": "2025-03-01"}
 * }</pre>
 * {@code at} is an ISO 8601 date-time with an offset, a local date-time (taken in Europe/Copenhagen, where a time in
 * the spring gap moves forward by the gap and a time in the autumn overlap takes the earlier, summer-time offset), or
 * a date (the start of that day in Copenhagen; give a time where hour deadlines matter). Whichever form was read,
 * the event holds an {@link OffsetDateTime} and is written back with its offset.
 *
 * @param type                 what happened
 * @param at                   when it happened
 * @param concernsAbuse        on {@link EventType#NOTIFICATION_RECEIVED}: the notification concerns abuse (overgreb),
 *                             so a talk with the child is required (Barnets lov § 137, stk. 3); or {@code null}
 * @param professionalNotifier on {@link EventType#NOTIFICATION_RECEIVED}: the notifier is a professional with the
 *                             stricter duty to notify, who must be sent an acknowledgement; or {@code null}
 * @param planToBeMade         on {@link EventType#DECISION_SUPPORT_32}: the decision says a child's plan will be made
 *                             (Barnets lov § 91, stk. 1); on {@link EventType#UNGEPLAN_CONSIDERED}: the municipality
 *                             decided that an ungeplan will be made (§ 108, stk. 1); or {@code null}
 * @param urgent               on a decision: it was made urgently, so under Serviceloven the handleplan may follow
 *                             within 4 months (SEL § 140); or {@code null}
 * @param placement            on {@link EventType#MEASURE_STARTED} and {@link EventType#MEASURE_ENDED}: the measure is
 *                             a placement outside the home; or {@code null} (meaning no)
 * @param nextPlannedDate      on {@link EventType#FOLLOW_UP}: the date of the next follow-up the municipality set; or
 *                             {@code null}
 * @param section              on a decision: the legal section it was made under, e.g. {@code § 32, stk. 1, nr. 3}
 *                             (at most 60 characters of section notation); or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "at", "concernsAbuse", "professionalNotifier", "planToBeMade", "urgent", "placement",
        "nextPlannedDate", "section"})
public record CaseEvent(EventType type, OffsetDateTime at, Boolean concernsAbuse, Boolean professionalNotifier,
        Boolean planToBeMade, Boolean urgent, Boolean placement, LocalDate nextPlannedDate, String section) {

    /** The zone local times on a case are read in, and deadlines are counted in by default. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static final Pattern SECTION = Pattern.compile("[§0-9A-Za-zæøåÆØÅ.,:;()\\- ]{1,60}");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    /**
     * Checks the event.
     *
     * @throws IcsInvalidDataException naming the field (a JSON Pointer relative to the event) when the type or the
     *                                 time is missing, an attribute does not belong to the event type, or a date is
     *                                 out of order
     */
    public CaseEvent {
        if (type == null) {
            throw new IcsInvalidDataException(Location.atPointer("/type"), "expected an event type");
        }
        if (at == null) {
            throw new IcsInvalidDataException(Location.atPointer("/at"), "expected the time of the event");
        }
        if (at.getYear() < MIN_YEAR || at.getYear() > MAX_YEAR) {
            throw new IcsInvalidDataException(Location.atPointer("/at"),
                    "expected a time between the years " + MIN_YEAR + " and " + MAX_YEAR);
        }
        boolean notification = type == EventType.NOTIFICATION_RECEIVED;
        allowed(concernsAbuse, notification, "concernsAbuse", type);
        allowed(professionalNotifier, notification, "professionalNotifier", type);
        allowed(planToBeMade, type == EventType.DECISION_SUPPORT_32 || type == EventType.UNGEPLAN_CONSIDERED,
                "planToBeMade", type);
        allowed(urgent, type.isDecision(), "urgent", type);
        allowed(placement, type == EventType.MEASURE_STARTED || type == EventType.MEASURE_ENDED, "placement", type);
        allowed(nextPlannedDate, type == EventType.FOLLOW_UP, "nextPlannedDate", type);
        allowed(section, type.isDecision(), "section", type);
        if (section != null && !SECTION.matcher(section).matches()) {
            throw new IcsInvalidDataException(Location.atPointer("/section"),
                    "expected a legal section such as '§ 32, stk. 1, nr. 3' (at most 60 characters)");
        }
        if (nextPlannedDate != null && nextPlannedDate.isBefore(at.atZoneSameInstant(COPENHAGEN).toLocalDate())) {
            throw new IcsInvalidDataException(Location.atPointer("/nextPlannedDate"),
                    "the next planned follow-up is dated before this FOLLOW_UP; expected a date on or after it");
        }
    }

    /** An event with no attributes. */
    public static CaseEvent of(EventType type, OffsetDateTime at) {
        return new CaseEvent(type, at, null, null, null, null, null, null, null);
    }

    /**
     * An event with no attributes, its time given as text in one of the forms of the JSON format (an offset
     * date-time, a local date-time in Copenhagen, or a date).
     *
     * @throws IcsInvalidDataException at {@code /at} when the text is not one of those forms
     */
    public static CaseEvent of(EventType type, String at) {
        return of(type, parseTime(at));
    }

    @JsonCreator
    static CaseEvent fromJson(@JsonProperty("type") EventType type, @JsonProperty("at") String at,
            @JsonProperty("concernsAbuse") Boolean concernsAbuse,
            @JsonProperty("professionalNotifier") Boolean professionalNotifier,
            @JsonProperty("planToBeMade") Boolean planToBeMade, @JsonProperty("urgent") Boolean urgent,
            @JsonProperty("placement") Boolean placement, @JsonProperty("nextPlannedDate") LocalDate nextPlannedDate,
            @JsonProperty("section") String section) {
        if (type == null) {
            throw new IcsInvalidDataException(Location.atPointer("/type"), "expected an event type");
        }
        return new CaseEvent(type, at == null ? null : parseTime(at), concernsAbuse, professionalNotifier,
                planToBeMade, urgent, placement, nextPlannedDate, section);
    }

    /**
     * Reads a time in one of the forms the JSON format accepts.
     *
     * @param text an offset date-time, a local date-time (in Copenhagen) or a date (the start of that day)
     * @return the time with its offset
     * @throws IcsInvalidDataException at {@code /at} when the text is none of those forms
     */
    public static OffsetDateTime parseTime(String text) {
        Objects.requireNonNull(text, "text");
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).atStartOfDay(COPENHAGEN).toOffsetDateTime();
            }
            if (hasOffset(text)) {
                return OffsetDateTime.parse(text);
            }
            return LocalDateTime.parse(text).atZone(COPENHAGEN).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new IcsInvalidDataException(Location.atPointer("/at"),
                    "expected an ISO 8601 date-time (2024-03-05T09:30 in Copenhagen time, or with an offset such as"
                            + " 2024-03-05T09:30+01:00) or a date (2024-03-05)");
        } catch (DateTimeException e) {
            throw new IcsInvalidDataException(Location.atPointer("/at"), "expected a valid date-time");
        }
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        if (t < 0) {
            return false;
        }
        String time = text.substring(t + 1);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }

    private static void allowed(Object value, boolean applies, String name, EventType type) {
        if (value != null && !applies) {
            throw new IcsInvalidDataException(Location.atPointer("/" + name),
                    "the attribute " + name + " does not apply to " + type + "; it is allowed on "
                            + String.join(", ", allowedOn(name)));
        }
    }

    private static List<String> allowedOn(String name) {
        List<String> out = new ArrayList<>();
        for (EventType t : EventType.values()) {
            boolean ok = switch (name) {
                case "concernsAbuse", "professionalNotifier" -> t == EventType.NOTIFICATION_RECEIVED;
                case "planToBeMade" -> t == EventType.DECISION_SUPPORT_32 || t == EventType.UNGEPLAN_CONSIDERED;
                case "urgent", "section" -> t.isDecision();
                case "placement" -> t == EventType.MEASURE_STARTED || t == EventType.MEASURE_ENDED;
                case "nextPlannedDate" -> t == EventType.FOLLOW_UP;
                default -> false;
            };
            if (ok) {
                out.add(t.name());
            }
        }
        return out;
    }

    /** The moment of the event. */
    public Instant instant() {
        return at.toInstant();
    }

    /** The day of the event in the given zone. */
    public LocalDate dateIn(ZoneId zone) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    /** Whether the notification concerns abuse ({@code concernsAbuse} is true). */
    @JsonIgnore
    public boolean isAboutAbuse() {
        return Boolean.TRUE.equals(concernsAbuse);
    }

    /** Whether the notifier is a professional ({@code professionalNotifier} is true). */
    @JsonIgnore
    public boolean isFromProfessional() {
        return Boolean.TRUE.equals(professionalNotifier);
    }

    /** Whether the measure is a placement ({@code placement} is true). */
    @JsonIgnore
    public boolean isPlacementMeasure() {
        return Boolean.TRUE.equals(placement);
    }

    /** Whether the decision was urgent ({@code urgent} is true). */
    @JsonIgnore
    public boolean isUrgentDecision() {
        return Boolean.TRUE.equals(urgent);
    }

    /** This event with {@code concernsAbuse} set. */
    public CaseEvent withConcernsAbuse(boolean value) {
        return new CaseEvent(type, at, value, professionalNotifier, planToBeMade, urgent, placement,
                nextPlannedDate, section);
    }

    /** This event with {@code professionalNotifier} set. */
    public CaseEvent withProfessionalNotifier(boolean value) {
        return new CaseEvent(type, at, concernsAbuse, value, planToBeMade, urgent, placement, nextPlannedDate,
                section);
    }

    /** This event with {@code planToBeMade} set. */
    public CaseEvent withPlanToBeMade(boolean value) {
        return new CaseEvent(type, at, concernsAbuse, professionalNotifier, value, urgent, placement,
                nextPlannedDate, section);
    }

    /** This event with {@code urgent} set. */
    public CaseEvent withUrgent(boolean value) {
        return new CaseEvent(type, at, concernsAbuse, professionalNotifier, planToBeMade, value, placement,
                nextPlannedDate, section);
    }

    /** This event with {@code placement} set. */
    public CaseEvent withPlacement(boolean value) {
        return new CaseEvent(type, at, concernsAbuse, professionalNotifier, planToBeMade, urgent, value,
                nextPlannedDate, section);
    }

    /** This event with {@code nextPlannedDate} set. */
    public CaseEvent withNextPlannedDate(LocalDate value) {
        return new CaseEvent(type, at, concernsAbuse, professionalNotifier, planToBeMade, urgent, placement, value,
                section);
    }

    /** This event with {@code section} set. */
    public CaseEvent withSection(String value) {
        return new CaseEvent(type, at, concernsAbuse, professionalNotifier, planToBeMade, urgent, placement,
                nextPlannedDate, value);
    }

    /** Shows the type and which attributes are set, never the dates (a case's dates are personal data). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CaseEvent[").append(type);
        if (concernsAbuse != null) {
            sb.append(", concernsAbuse=").append(concernsAbuse);
        }
        if (professionalNotifier != null) {
            sb.append(", professionalNotifier=").append(professionalNotifier);
        }
        if (planToBeMade != null) {
            sb.append(", planToBeMade=").append(planToBeMade);
        }
        if (urgent != null) {
            sb.append(", urgent=").append(urgent);
        }
        if (placement != null) {
            sb.append(", placement=").append(placement);
        }
        if (nextPlannedDate != null) {
            sb.append(", nextPlannedDate=(set)");
        }
        if (section != null) {
            sb.append(", section=(set)");
        }
        return sb.append(']').toString();
    }
}
