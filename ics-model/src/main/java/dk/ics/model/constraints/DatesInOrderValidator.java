package dk.ics.model.constraints;

import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.EventType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Checks {@link DatesInOrder} on a case record. */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, CaseRecord> {

    /** Events that only happen on an open case (a notification or the need may come before the case is opened). */
    private static final Set<EventType> NEED_AN_OPEN_CASE = EnumSet.of(EventType.BFU_STARTED,
            EventType.BFU_PRELIMINARY_ASSESSMENT, EventType.BFU_FINISHED, EventType.DECISION_SUPPORT_32,
            EventType.DECISION_PLACEMENT_46, EventType.DECISION_PLACEMENT_47, EventType.PLAN_MADE,
            EventType.UNGEPLAN_MADE, EventType.MEASURE_STARTED, EventType.MEASURE_ENDED, EventType.FOLLOW_UP,
            EventType.SUPERVISION_VISIT, EventType.CASE_CLOSED);

    @Override
    public boolean isValid(CaseRecord value, ConstraintValidatorContext context) {
        if (value == null || value.opened() == null) {
            return true;
        }
        LocalDate opened = value.opened();
        LocalDate today = LocalDate.ofInstant(context.getClockProvider().getClock().instant(),
                CaseEvent.COPENHAGEN);
        boolean ok = !opened.isAfter(today) && value.events().stream()
                .filter(e -> NEED_AN_OPEN_CASE.contains(e.type()))
                .noneMatch(e -> e.dateIn(CaseEvent.COPENHAGEN).isBefore(opened));
        if (!ok) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("opened").addConstraintViolation();
        }
        return ok;
    }
}
