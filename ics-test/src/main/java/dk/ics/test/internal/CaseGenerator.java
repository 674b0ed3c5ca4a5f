package dk.ics.test.internal;

import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.EventType;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.child.Child;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one plausible case from a random source: a notification and its assessment, and with falling
 * probability an afdækning, an investigation, a decision, a plan, a measure with follow-ups, supervision visits of a
 * placement, an ungeplan and the closing. Most deadlines are met, some late, some left open, as in a real caseload.
 * Children get a pseudonymous id and a birth date only. Stateless.
 */
public final class CaseGenerator {

    private static final LocalDate FIRST_START = LocalDate.of(2021, 1, 4);
    private static final int START_SPAN_DAYS = 5 * 365;

    private CaseGenerator() {
    }

    /**
     * The case with an index, from a random source seeded for that index alone (so case {@code i} of a caseload does
     * not depend on the caseload's size).
     */
    public static CaseRecord generate(long seed, int index) {
        SplittableRandom r = new SplittableRandom(Seeds.mix(seed, index));
        LocalDate start = FIRST_START.plusDays(r.nextInt(START_SPAN_DAYS));
        LegalRegime regime = LegalRegime.forStartDate(start);
        LocalDate born = start.minusDays(r.nextInt(18 * 365 - 30) + 30L);
        Child child = Child.born("barn-" + Seeds.hex(r.nextLong(), 8), born);
        List<CaseEvent> events = new ArrayList<>();
        OffsetDateTime received = at(start, 8 + r.nextInt(9), r.nextInt(60));
        boolean professional = r.nextInt(100) < 65;
        boolean abuse = r.nextInt(100) < 12;
        events.add(CaseEvent.of(EventType.NOTIFICATION_RECEIVED, received).withProfessionalNotifier(professional)
                .withConcernsAbuse(abuse));
        // 9 in 10 notifications are assessed within the 24 hours.
        events.add(CaseEvent.of(EventType.NOTIFICATION_ASSESSED,
                received.plusMinutes(r.nextInt(100) < 90 ? 30 + r.nextInt(22 * 60) : 24 * 60 + 1 + r.nextInt(2880))));
        if (professional) {
            events.add(CaseEvent.of(EventType.NOTIFIER_ACKNOWLEDGED,
                    at(start.plusDays(1 + r.nextInt(r.nextInt(100) < 90 ? 6 : 14)), 10, 0)));
        }
        if (abuse) {
            events.add(CaseEvent.of(EventType.CHILD_TALK, received.plusHours(2 + r.nextInt(30))));
        }
        LocalDate day = start;
        int path = r.nextInt(100);
        if (path < 35) {
            // Assessed, and no further action.
            events.add(CaseEvent.of(EventType.CASE_CLOSED, at(start.plusDays(3 + r.nextInt(20)), 15, 0)));
            return record(index, child, regime, events);
        }
        if (regime == LegalRegime.BARNETS_LOV && path < 60) {
            day = day.plusDays(5 + r.nextInt(20));
            events.add(CaseEvent.of(EventType.AFDAEKNING, at(day, 12, 0)));
            if (r.nextBoolean()) {
                events.add(CaseEvent.of(EventType.CASE_CLOSED, at(day.plusDays(2 + r.nextInt(10)), 15, 0)));
                return record(index, child, regime, events);
            }
        }
        LocalDate needKnown = day;
        events.add(CaseEvent.of(EventType.NEED_KNOWN, at(needKnown, 9, 0)));
        LocalDate bfuStart = needKnown.plusDays(3 + r.nextInt(25));
        events.add(CaseEvent.of(EventType.BFU_STARTED, at(bfuStart, 9, 0)));
        // 9 in 10 investigations talk with the child (Barnets lov § 5) during it. Drawn from a source of its own, so
        // the rest of the case is the same as without it.
        SplittableRandom talks = new SplittableRandom(Seeds.mix(~seed, index));
        if (talks.nextInt(100) < 90) {
            events.add(CaseEvent.of(EventType.CHILD_TALK, at(bfuStart.plusDays(2 + talks.nextInt(20)), 10, 0)));
        }
        int bfuDays = r.nextInt(100) < 85 ? 60 + r.nextInt(55) : 125 + r.nextInt(60);
        LocalDate bfuEnd = needKnown.plusDays(bfuDays);
        if (bfuDays > 118 && r.nextBoolean()) {
            events.add(CaseEvent.of(EventType.BFU_PRELIMINARY_ASSESSMENT, at(needKnown.plusDays(118), 12, 0)));
        }
        events.add(CaseEvent.of(EventType.BFU_FINISHED, at(bfuEnd, 12, 0)));
        if (r.nextInt(100) < 20) {
            events.add(CaseEvent.of(EventType.CASE_CLOSED, at(bfuEnd.plusDays(1 + r.nextInt(14)), 15, 0)));
            return record(index, child, regime, events);
        }
        measures(r, regime, child, bfuEnd, events);
        return record(index, child, regime, events);
    }

    private static void measures(SplittableRandom r, LegalRegime regime, Child child, LocalDate bfuEnd,
            List<CaseEvent> events) {
        int kind = r.nextInt(100);
        boolean placement = kind >= 75;
        EventType decisionType = kind < 75 ? EventType.DECISION_SUPPORT_32
                : kind < 92 ? EventType.DECISION_PLACEMENT_46 : EventType.DECISION_PLACEMENT_47;
        LocalDate decided = bfuEnd.plusDays(r.nextInt(10));
        boolean urgent = r.nextInt(100) < 8;
        CaseEvent decision = CaseEvent.of(decisionType, at(decided, 14, 0)).withSection(section(decisionType));
        if (decisionType == EventType.DECISION_SUPPORT_32) {
            decision = decision.withPlanToBeMade(r.nextInt(100) < 85);
        }
        if (urgent) {
            decision = decision.withUrgent(true);
        }
        boolean planFirst = regime == LegalRegime.SEL && !urgent || decisionType == EventType.DECISION_PLACEMENT_47;
        LocalDate planDay = planFirst ? decided.minusDays(1 + r.nextInt(5))
                : decided.plusDays(r.nextInt(100) < 88 ? 5 + r.nextInt(80) : 95 + r.nextInt(60));
        if (planDay.isBefore(bfuEnd)) {
            planDay = bfuEnd;
        }
        events.add(decision);
        events.add(CaseEvent.of(EventType.PLAN_MADE, at(planDay, 12, 0)));
        LocalDate measureStart = decided.plusDays(r.nextInt(21));
        events.add(CaseEvent.of(EventType.MEASURE_STARTED, at(measureStart, 9, 0)).withPlacement(placement));
        LocalDate followUp = measureStart.plusDays(r.nextInt(100) < 85 ? 60 + r.nextInt(30) : 95 + r.nextInt(40));
        int followUps = r.nextInt(5);
        for (int i = 0; i < followUps; i++) {
            LocalDate next = followUp.plusDays(regime == LegalRegime.SEL ? 150 + r.nextInt(30) : 90 + r.nextInt(90));
            events.add(CaseEvent.of(EventType.FOLLOW_UP, at(followUp, 13, 0)).withNextPlannedDate(next));
            followUp = next.plusDays(r.nextInt(100) < 85 ? 0 : 5 + r.nextInt(20));
        }
        if (placement && regime == LegalRegime.BARNETS_LOV) {
            LocalDate visit = measureStart.plusDays(30 + r.nextInt(60));
            for (int i = 0; i < 1 + r.nextInt(4); i++) {
                events.add(CaseEvent.of(EventType.SUPERVISION_VISIT, at(visit, 11, 0)));
                visit = visit.plusDays(120 + r.nextInt(90));
            }
        }
        if (regime == LegalRegime.BARNETS_LOV && child.ageOn(decided.plusMonths(3)).orElse(0) >= 16) {
            events.add(CaseEvent.of(EventType.UNGEPLAN_MADE, at(decided.plusDays(20 + r.nextInt(80)), 12, 0)));
        }
        int lastFollowUp = (int) ChronoUnit.DAYS.between(measureStart, followUp);
        if (r.nextInt(100) < 30) {
            LocalDate end = measureStart.plusDays(lastFollowUp + 10L + r.nextInt(60));
            events.add(CaseEvent.of(EventType.MEASURE_ENDED, at(end, 12, 0)).withPlacement(placement));
            events.add(CaseEvent.of(EventType.CASE_CLOSED, at(end.plusDays(1 + r.nextInt(10)), 15, 0)));
        }
    }

    private static String section(EventType decision) {
        return switch (decision) {
            case DECISION_SUPPORT_32 -> "§ 32, stk. 1, nr. 3";
            case DECISION_PLACEMENT_46 -> "§ 46";
            default -> "§ 47";
        };
    }

    private static CaseRecord record(int index, Child child, LegalRegime regime, List<CaseEvent> events) {
        events.sort(Comparator.comparing(CaseEvent::instant));
        return new CaseRecord(String.format("sag-%06d", index + 1), child, regime, null, events);
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(CaseEvent.COPENHAGEN).toOffsetDateTime();
    }
}
