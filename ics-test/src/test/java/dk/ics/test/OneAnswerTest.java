package dk.ics.test;

import static dk.ics.test.IcsFixtures.aBfu;
import static dk.ics.test.IcsFixtures.aFollowUp;
import static dk.ics.test.IcsFixtures.aNotification;
import static dk.ics.test.IcsFixtures.aPlan;
import static dk.ics.test.IcsFixtures.anUngeplan;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.casework.EventType;
import dk.ics.model.law.Law;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One law, one answer: every case, the example cases, the broken cases and 10 000 cases of the seeded generator,
 * is run through {@link DeadlineCalculator} and, as the documents its events stand for (a notification, an
 * investigation, a plan, an ungeplan, each follow-up), through {@link IcsValidator}. For every document the deadline
 * findings the validator gives must be exactly those the calculator's deadlines of the same case imply: a deadline
 * the document met late, one still overdue, a placement year with too few visits.
 */
class OneAnswerTest {

    private static final IcsValidator VALIDATOR = IcsValidator.standard();
    private static final DeadlineCalculator CALCULATOR = DeadlineCalculator.standard();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Set<String> JUDGED = Set.of("ICS-UND-001", "ICS-UND-002", "ICS-BFU-012", "ICS-BFU-014",
            "ICS-PLAN-005", "ICS-PLAN-006", "ICS-PLAN-009", "ICS-SEL-001", "ICS-OPF-002", "ICS-OPF-004",
            "ICS-SEL-002");

    @Test
    void theCalculatorAndTheValidatorAgreeOnTenThousandGeneratedCases() {
        List<String> disagreements = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        IcsGenerator.seeded(20261207L).cases().limit(Integer.getInteger("oneAnswer.cases", 10_000))
                .forEach(c -> compare(c, disagreements, seen));
        assertThat(disagreements).as("%d disagreements", disagreements.size()).isEmpty();
        // The run is worth something only if the calculator found misses of every kind the rules report.
        assertThat(seen).as("findings expected, by message key").containsKeys("ICS-UND-001.late",
                "ICS-UND-002.late", "ICS-BFU-012.late", "ICS-BFU-014.missing", "ICS-PLAN-005.late",
                "ICS-PLAN-009.late", "ICS-SEL-001.late", "ICS-OPF-002.late", "ICS-SEL-002.late", "ICS-OPF-004.few");
    }

    @Test
    void theCalculatorAndTheValidatorAgreeOnTheExampleAndBrokenCases() throws IOException {
        List<String> disagreements = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/data/cases"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .forEach(p -> compare(CaseRecords.read(p), disagreements, seen));
        }
        BrokenCases.all().values().forEach(b -> compare(b.fixture().build(), disagreements, seen));
        compare(IcsFixtures.aCase().build(), disagreements, seen);
        assertThat(disagreements).isEmpty();
        assertThat(seen).containsKeys("ICS-PLAN-006.late", "ICS-UND-002.missing");
    }

    @Test
    void theComparisonCanFailBothWays() {
        // The oracle expects a finding where the calculator says late, and the validator gives it.
        CaseRecord late = BrokenCases.of(DeadlineRule.PLAN_SUPPORT_3_MONTHS).fixture().build();
        LocalDate on = LocalDate.of(2025, 10, 1);
        int plan = index(late, EventType.PLAN_MADE);
        assertThat(expectedForPlan(CALCULATOR.deadlines(late, on), plan)).containsExactly("ICS-PLAN-005.late");
        assertThat(keys(aPlan().withDocumentDate(LocalDate.of(2025, 9, 1)).toDocument(), late, on))
                .containsExactly("ICS-PLAN-005.late");
        // A revised plan of a case whose first plan was in time is late by neither.
        CaseRecord inTime = IcsFixtures.aCase().build();
        assertThat(expectedForPlan(CALCULATOR.deadlines(inTime, on), inTime.events().size())).isEmpty();
        assertThat(keys(aPlan().withDocumentDate(LocalDate.of(2025, 9, 1)).toDocument(), inTime, on)).isEmpty();
    }

    private static void compare(CaseRecord record, List<String> out, java.util.Map<String, Integer> seen) {
        LocalDate on = record.events().stream().map(e -> e.dateIn(CaseEvent.COPENHAGEN)).max(LocalDate::compareTo)
                .orElseThrow().plusDays(1);
        List<Deadline> deadlines = CALCULATOR.deadlines(record, on);
        List<CaseEvent> events = record.events();
        boolean talked = events.stream().anyMatch(e -> e.type() == EventType.CHILD_TALK
                || e.type() == EventType.CHILD_VIEW_OBTAINED_OTHERWISE);
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            DocumentAndExpectation d = switch (e.type()) {
                case NOTIFICATION_RECEIVED -> notification(record, deadlines, i);
                case BFU_FINISHED -> investigation(record, deadlines, i, talked);
                case PLAN_MADE -> new DocumentAndExpectation(aPlan().withDocumentDate(day(e)),
                        expectedForPlan(deadlines, i));
                case UNGEPLAN_MADE -> new DocumentAndExpectation(anUngeplan().withDocumentDate(day(e)),
                        metLate(deadlines, i, "ICS-PLAN-009", DeadlineRule.UNGEPLAN_3_MONTHS,
                                DeadlineRule.UNGEPLAN_BEFORE_PLACEMENT_47));
                case FOLLOW_UP -> followUp(deadlines, e, i);
                default -> null;
            };
            if (d == null) {
                continue;
            }
            List<String> expected = new ArrayList<>(d.expected());
            expected.sort(null);
            expected.forEach(k -> seen.merge(k, 1, Integer::sum));
            List<String> actual = keys(d.fixture().toDocument(), record, on);
            if (!actual.equals(expected)) {
                out.add(record.id() + " " + e.type() + " /events/" + i + ": validator " + actual + ", calculator "
                        + expected);
            }
        }
    }

    private static List<String> keys(dk.ics.templates.CaseDocument document, CaseRecord record, LocalDate on) {
        List<String> keys = new ArrayList<>();
        for (Finding f : VALIDATOR.validate(document, CaseContext.of(record, on)).findings()) {
            // "no next date set" is about the document's content, not a deadline
            if (JUDGED.contains(f.code()) && !f.messageKey().endsWith(".noNext")) {
                keys.add(f.messageKey());
            }
        }
        keys.sort(null);
        return keys;
    }

    private record DocumentAndExpectation(DocumentFixture fixture, List<String> expected) {
    }

    private static DocumentAndExpectation notification(CaseRecord r, List<Deadline> ds, int i) {
        CaseEvent n = r.events().get(i);
        DocumentFixture f = aNotification().with(Role.NOTIFICATION_RECEIVED_AT, n.at().format(ISO))
                .with(Role.NOTIFICATION_CONCERNS_ABUSE, n.isAboutAbuse());
        CaseEvent assessed = firstAtOrAfter(r, EventType.NOTIFICATION_ASSESSED, n);
        f = assessed == null ? f.without(Role.ASSESSED_AT) : f.assessedAt(assessed.at());
        CaseEvent talk = firstAtOrAfter(r, EventType.CHILD_TALK, n);
        f = talk == null ? f : f.withChildTalkOn(day(talk));
        List<String> expected = new ArrayList<>();
        for (Deadline d : triggeredBy(ds, i, DeadlineRule.NOTIFICATION_ASSESSMENT_24H)) {
            status(d, expected, "ICS-UND-001.late", "ICS-UND-001.overdue");
        }
        for (Deadline d : triggeredBy(ds, i, DeadlineRule.CHILD_TALK_ABUSE)) {
            status(d, expected, "ICS-UND-002.late", "ICS-UND-002.missing");
        }
        return new DocumentAndExpectation(f, expected);
    }

    private static DocumentAndExpectation investigation(CaseRecord r, List<Deadline> ds, int i, boolean talked) {
        CaseEvent finished = r.events().get(i);
        int need = lastBefore(r, EventType.NEED_KNOWN, finished);
        if (need < 0) {
            return null;
        }
        DocumentFixture f = aBfu().withDocumentDate(day(finished))
                .withNeedKnownDate(day(r.events().get(need)));
        if (!talked) {
            f = f.withoutChildPerspective();
        }
        if (!r.events(EventType.BFU_PRELIMINARY_ASSESSMENT).isEmpty()) {
            f = f.withPreliminaryAssessment("Foreløbig vurdering efter 4 måneder.");
        }
        int decision = -1;
        for (int k = i + 1; k < r.events().size() && decision < 0; k++) {
            if (r.events().get(k).type().isDecision()) {
                decision = k;
            }
        }
        if (decision < 0) {
            f = f.withDecisionLegalBasis("NONE").with(Role.DECISION_DATE, day(finished));
        } else {
            CaseEvent d = r.events().get(decision);
            String code = switch (d.type()) {
                case DECISION_SUPPORT_32 -> "BL_32";
                case DECISION_PLACEMENT_46 -> "BL_46";
                default -> "BL_47";
            };
            f = f.withDecisionLegalBasis(code).with(Role.DECISION_DATE, day(d));
        }
        List<String> expected = new ArrayList<>();
        for (Deadline d : triggeredBy(ds, need, DeadlineRule.BFU_4_MONTHS)) {
            boolean preliminaryInTime = triggeredBy(ds, need, DeadlineRule.BFU_PRELIMINARY_ASSESSMENT_4_MONTHS)
                    .stream().anyMatch(p -> p.status() != DeadlineStatus.OVERDUE
                            && p.status() != DeadlineStatus.MET_LATE);
            if (!preliminaryInTime) {
                status(d, expected, "ICS-BFU-012.late", "ICS-BFU-012.overdue");
            }
        }
        if (decision >= 0) {
            for (Deadline d : triggeredBy(ds, decision, DeadlineRule.CHILD_VIEW_BEFORE_DECISION)) {
                status(d, expected, "ICS-BFU-014.late", "ICS-BFU-014.missing");
            }
        }
        return new DocumentAndExpectation(f, expected);
    }

    private static List<String> expectedForPlan(List<Deadline> ds, int i) {
        List<String> out = new ArrayList<>(metLate(ds, i, "ICS-PLAN-005", DeadlineRule.PLAN_SUPPORT_3_MONTHS,
                DeadlineRule.PLAN_PLACEMENT_3_MONTHS));
        out.addAll(metLate(ds, i, "ICS-PLAN-006", DeadlineRule.PLAN_BEFORE_PLACEMENT_47));
        out.addAll(metLate(ds, i, "ICS-SEL-001", DeadlineRule.HANDLEPLAN_BEFORE_DECISION,
                DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS));
        return out;
    }

    private static DocumentAndExpectation followUp(List<Deadline> ds, CaseEvent e, int i) {
        DocumentFixture f = aFollowUp().withDocumentDate(day(e));
        f = e.nextPlannedDate() == null ? f.withoutNextFollowUpDate()
                : f.withNextFollowUpDate(e.nextPlannedDate().isAfter(day(e)) ? e.nextPlannedDate()
                        : day(e).plusDays(1));
        List<String> expected = new ArrayList<>();
        for (Deadline d : ds) {
            if (d.rule() == DeadlineRule.FOLLOW_UP_FIRST && ("/events/" + i).equals(d.metByPointer())
                    && d.status() == DeadlineStatus.MET_LATE) {
                expected.add(d.reference().law() == Law.SERVICELOVEN ? "ICS-SEL-002.late" : "ICS-OPF-002.late");
            }
            if (d.rule() == DeadlineRule.FOLLOW_UP_EVERY_6_MONTHS && d.triggeredBy().equals("/events/" + i)
                    && e.nextPlannedDate() != null && e.nextPlannedDate().isAfter(d.due().toLocalDate())) {
                expected.add("ICS-SEL-002.nextLate");
            }
            if (d.rule() == DeadlineRule.SUPERVISION_2_PER_YEAR) {
                status(d, expected, "ICS-OPF-004.late", "ICS-OPF-004.few");
            }
        }
        return new DocumentAndExpectation(f, expected);
    }

    private static List<String> metLate(List<Deadline> ds, int i, String code, DeadlineRule... rules) {
        List<String> out = new ArrayList<>();
        for (Deadline d : ds) {
            if (List.of(rules).contains(d.rule()) && ("/events/" + i).equals(d.metByPointer())
                    && d.status() == DeadlineStatus.MET_LATE) {
                out.add(code + ".late");
            }
        }
        return out;
    }

    private static void status(Deadline d, List<String> out, String late, String overdue) {
        if (d.status() == DeadlineStatus.MET_LATE) {
            out.add(late);
        } else if (d.status() == DeadlineStatus.OVERDUE) {
            out.add(overdue);
        }
    }

    private static List<Deadline> triggeredBy(List<Deadline> ds, int i, DeadlineRule rule) {
        return ds.stream().filter(d -> d.rule() == rule && d.triggeredBy().equals("/events/" + i)).toList();
    }

    private static CaseEvent firstAtOrAfter(CaseRecord r, EventType type, CaseEvent from) {
        return r.events().stream().filter(e -> e.type() == type && !e.instant().isBefore(from.instant()))
                .min(java.util.Comparator.comparing(CaseEvent::instant)).orElse(null);
    }

    private static int lastBefore(CaseRecord r, EventType type, CaseEvent before) {
        int found = -1;
        for (int k = 0; k < r.events().size(); k++) {
            CaseEvent e = r.events().get(k);
            if (e.type() == type && !e.instant().isAfter(before.instant())
                    && (found < 0 || !e.instant().isBefore(r.events().get(found).instant()))) {
                found = k;
            }
        }
        return found;
    }

    private static int index(CaseRecord r, EventType type) {
        for (int k = 0; k < r.events().size(); k++) {
            if (r.events().get(k).type() == type) {
                return k;
            }
        }
        throw new IllegalArgumentException(type.name());
    }

    private static LocalDate day(CaseEvent e) {
        return e.dateIn(CaseEvent.COPENHAGEN);
    }
}
