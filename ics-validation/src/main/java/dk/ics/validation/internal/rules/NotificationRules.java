package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.FAGLIG_UDREDNING;
import static dk.ics.model.QualityBeacon.INDDRAGELSE;
import static dk.ics.model.Severity.ERROR;

import dk.ics.model.casework.CaseStep;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rules over a notification (underretning) and its assessment (Barnets lov §§ 136, 137). */
final class NotificationRules {

    private static final Set<CaseStep> STEP = Set.of(CaseStep.UNDERRETNING);

    private NotificationRules() {
    }

    /** The rules of this group, in code order. */
    static List<BuiltInRule> all() {
        return List.of(new Assessed24h(), new ChildTalk());
    }

    /**
     * ICS-UND-001: assessed within 24 hours of receipt. Exactly 24 hours is in time. Without an assessment, the
     * notification is overdue once the reference date is past the day the 24 hours end.
     */
    static final class Assessed24h extends BuiltInRule {
        Assessed24h() {
            super("ICS-UND-001", ERROR, FAGLIG_UDREDNING, "Barnets lov § 136 (SEL § 155, stk. 2)", STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            Optional<OffsetDateTime> received = doc.dateTime(Role.NOTIFICATION_RECEIVED_AT);
            if (received.isEmpty()) {
                out.contextMissing("notificationReceivedAt");
                return;
            }
            OffsetDateTime due = received.get().plusHours(24);
            Optional<OffsetDateTime> assessed = doc.dateTime(Role.ASSESSED_AT);
            if (assessed.isPresent()) {
                long minutes = Duration.between(received.get(), assessed.get()).toMinutes();
                if (assessed.get().isAfter(due)) {
                    out.report(doc.at(Role.ASSESSED_AT), key("late"), Long.toString(minutes));
                }
            } else if (context.referenceDate().isAfter(due.toLocalDate())) {
                out.report(doc.at(Role.ASSESSED_AT), key("overdue"), due.toString());
            }
        }
    }

    /** ICS-UND-002: a notification concerning abuse records a talk with the child (§ 137). */
    static final class ChildTalk extends BuiltInRule {
        ChildTalk() {
            super("ICS-UND-002", ERROR, INDDRAGELSE, "Barnets lov § 137", STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (doc.bool(Role.NOTIFICATION_CONCERNS_ABUSE).orElse(false)
                    && doc.date(Role.CHILD_TALK_DATE).isEmpty()) {
                out.report(doc.at(Role.CHILD_TALK_DATE), key("missing"));
            }
        }
    }
}
