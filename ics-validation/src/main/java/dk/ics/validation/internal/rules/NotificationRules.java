package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.FAGLIG_UDREDNING;
import static dk.ics.model.QualityBeacon.INDDRAGELSE;
import static dk.ics.model.Severity.ERROR;

import dk.ics.model.casework.CaseStep;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.casework.EventType;
import dk.ics.model.law.LegalReferences;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    /** The events a notification records: its receipt, its assessment and the talk with the child. */
    static List<Timeline.Fact> facts(Doc doc) {
        List<Timeline.Fact> facts = new ArrayList<>();
        Optional<OffsetDateTime> received = doc.dateTime(Role.NOTIFICATION_RECEIVED_AT);
        received.ifPresent(r -> facts.add(new Timeline.Fact(CaseEvent.of(EventType.NOTIFICATION_RECEIVED, r)
                .withConcernsAbuse(doc.bool(Role.NOTIFICATION_CONCERNS_ABUSE).orElse(false)), false)));
        doc.dateTime(Role.ASSESSED_AT).ifPresent(a -> facts.add(Timeline.Fact.of(EventType.NOTIFICATION_ASSESSED, a)));
        doc.date(Role.CHILD_TALK_DATE).ifPresent(d -> facts.add(Timeline.Fact.of(EventType.CHILD_TALK,
                Timeline.onDayNotBefore(d, received.orElse(null)))));
        return facts;
    }

    /**
     * ICS-UND-001: assessed within 24 hours of receipt (Barnets lov § 136; SEL § 155), as
     * {@link DeadlineRule#NOTIFICATION_ASSESSMENT_24H} computes it: exactly 24 hours is in time, and without an
     * assessment the notification is overdue once the 24 hours have passed by the end of the reference date.
     */
    static final class Assessed24h extends BuiltInRule {
        Assessed24h() {
            super("ICS-UND-001", ERROR, FAGLIG_UDREDNING, LegalReferences.BL_136, STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            Optional<OffsetDateTime> received = doc.dateTime(Role.NOTIFICATION_RECEIVED_AT);
            if (received.isEmpty()) {
                out.contextMissing("notificationReceivedAt");
                return;
            }
            Optional<Timeline> t = Timeline.of(doc, context, facts(doc));
            if (t.isEmpty()) {
                out.contextMissing("consistentCaseDates");
                return;
            }
            for (Deadline d : t.get().triggeredByDocument(RULE)) {
                if (d.status() == DeadlineStatus.MET_LATE) {
                    long minutes = Duration.between(received.get(), d.metBy().at()).toMinutes();
                    out.report(d.reference(), doc.at(Role.ASSESSED_AT), key("late"), Long.toString(minutes / 60),
                            Long.toString(minutes % 60));
                } else if (d.status() == DeadlineStatus.OVERDUE) {
                    out.report(d.reference(), doc.at(Role.ASSESSED_AT), key("overdue"), d.formattedDue());
                }
            }
        }
    }

    private static final Set<DeadlineRule> RULE = Set.of(DeadlineRule.NOTIFICATION_ASSESSMENT_24H);
    private static final Set<DeadlineRule> TALK = Set.of(DeadlineRule.CHILD_TALK_ABUSE);

    /**
     * ICS-UND-002: a notification concerning abuse has a talk with the child (Barnets lov § 137, stk. 3), by the time
     * {@link DeadlineRule#CHILD_TALK_ABUSE} gives (the library's convention, 24 hours by default: the law sets none).
     */
    static final class ChildTalk extends BuiltInRule {
        ChildTalk() {
            super("ICS-UND-002", ERROR, INDDRAGELSE, LegalReferences.BL_137_STK_3, STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (!doc.bool(Role.NOTIFICATION_CONCERNS_ABUSE).orElse(false)
                    || doc.dateTime(Role.NOTIFICATION_RECEIVED_AT).isEmpty()) {
                return;
            }
            Optional<Timeline> t = Timeline.of(doc, context, facts(doc));
            if (t.isEmpty()) {
                out.contextMissing("consistentCaseDates");
                return;
            }
            for (Deadline d : t.get().triggeredByDocument(TALK)) {
                if (d.status() == DeadlineStatus.OVERDUE) {
                    out.report(d.reference(), doc.at(Role.CHILD_TALK_DATE), key("missing"));
                } else if (d.status() == DeadlineStatus.MET_LATE) {
                    out.report(d.reference(), doc.at(Role.CHILD_TALK_DATE), key("late"), d.formattedDue());
                }
            }
        }
    }
}
