package dk.ics.barometer.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.barometer.Answer;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.Checklist;
import dk.ics.barometer.ChecklistResult;
import dk.ics.barometer.MunicipalityProfile;
import dk.ics.barometer.NextStep;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Role;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Statement;
import dk.ics.barometer.StepFigures;
import dk.ics.barometer.Trend;
import dk.ics.barometer.UsageFigures;
import dk.ics.barometer.UsageScore;
import dk.ics.model.Language;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.concurrency.Concurrently;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link Barometer}, one shared {@link Checklist} and one shared {@link DeadlineCalculator}, used by many
 * threads at once, give exactly the results of a sequential run: scores, next steps, trends, CSV and JSON round
 * trips, usage scores, checklist results, the rendered Danish and English reports, and deadlines. The work is
 * generated from a fixed seed and its amount is fixed, so the test is repeatable and its time bounded; all threads
 * start together to maximise overlap.
 * Tagged {@code stress} so that mutation testing leaves it out (it covers everything).
 */
@Tag("stress")
class SharedInstancesStressTest {

    private static final long SEED = 0x1C5_2019L;
    private static final int TASKS = 200;
    private static final int THREADS = 16;
    private static final List<String> CASES = List.of("sag-bl-anbringelse.json", "sag-sel-stoette.json",
            "sag-bl-underretning.json");

    private final Barometer barometer = Barometer.standard();
    private final DeadlineCalculator deadlines = DeadlineCalculator.standard();
    private final Checklist checklist = Checklist.standard().withMinimumSuperUsers(2);

    /** The result of one task, compared whole between the runs. */
    private record Result(RoundScore score, List<NextStep> nextSteps, Trend trend, Round fromCsv, Round fromJson,
            UsageScore usage, ChecklistResult checks, String reports, List<Deadline> deadlines) {
    }

    /**
     * One task's input: two rounds of one municipality, usage figures, a profile, a case and a reference time.
     */
    private record Task(Round earlier, Round later, UsageFigures figures, MunicipalityProfile profile,
            CaseRecord record, Instant reference) {
    }

    @Test
    void sharedBarometerAndDeadlineCalculatorGiveTheSequentialResultsUnderConcurrency() throws Exception {
        List<Task> tasks = tasks(new Random(SEED));
        List<Result> sequential = new ArrayList<>();
        for (Task t : tasks) {
            sequential.add(run(t));
        }

        List<Result> concurrent = Concurrently.run(tasks, this::run, THREADS, Duration.ofMinutes(2));
        assertThat(concurrent).containsExactlyElementsOf(sequential);
        assertThat(sequential).extracting(r -> r.deadlines().size()).anyMatch(n -> n > 0);
        assertThat(sequential).extracting(r -> r.score().total().respondents()).allMatch(n -> n > 0);
        assertThat(sequential).extracting(r -> r.usage().overall()).anyMatch(java.util.Objects::nonNull);
    }

    private Result run(Task t) {
        RoundScore score = barometer.score(t.later());
        List<NextStep> next = barometer.nextSteps(score, 3);
        Trend trend = barometer.compare(t.earlier(), t.later());
        Round fromCsv = barometer.readCsv(stream(barometer.toCsv(t.later())), "round.csv", null);
        Round fromJson = barometer.readJson(stream(barometer.toJson(t.later())), "round.json");
        UsageScore usage = barometer.usage(t.figures());
        ChecklistResult checks = checklist.check(t.profile());
        String reports = score.render(Language.DA) + trend.render(Language.EN) + usage.render(Language.DA)
                + checks.render(Language.EN);
        return new Result(score, next, trend, fromCsv, fromJson, usage, checks, reports,
                deadlines.deadlines(t.record(), t.reference()));
    }

    private List<Task> tasks(Random random) {
        List<CaseRecord> records = new ArrayList<>();
        for (String name : CASES) {
            try (InputStream in = getClass().getResourceAsStream("/concurrency/" + name)) {
                records.add(CaseRecords.read(in, name, dk.ics.model.ReadLimits.DEFAULTS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            String municipality = "Kommune " + random.nextInt(20);
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300));
            Round earlier = round(random, municipality, day);
            Round later = round(random, municipality, day.plusYears(1));
            CaseRecord record = records.get(random.nextInt(records.size()));
            Instant reference = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(3 * 365 * 86_400));
            out.add(new Task(earlier, later, figures(random, municipality, day), profile(random, municipality, day),
                    record, reference));
        }
        return out;
    }

    private Round round(Random random, String municipality, LocalDate day) {
        List<Statement> statements = barometer.catalogue().statements();
        Role[] roles = Role.values();
        List<Respondent> respondents = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int r = 0; r < n; r++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Statement s : statements) {
                int pick = random.nextInt(6);
                if (pick == 5) {
                    continue;
                }
                answers.put(s.id(), pick == 4 ? Answer.DONT_KNOW : Answer.of(pick));
            }
            respondents.add(new Respondent("R" + r, roles[random.nextInt(roles.length)], answers));
        }
        return Round.of(barometer.catalogue(), municipality, day, respondents);
    }

    private static UsageFigures figures(Random random, String municipality, LocalDate day) {
        List<StepFigures> steps = new ArrayList<>();
        for (CaseStep step : CaseStep.values()) {
            if (steps.isEmpty() || random.nextBoolean()) {
                int documents = random.nextInt(100);
                int onTemplate = documents == 0 ? 0 : random.nextInt(documents + 1);
                steps.add(new StepFigures(step, documents, onTemplate, random.nextInt(onTemplate + 1)));
            }
        }
        return new UsageFigures(municipality, day, day.plusMonths(6), steps);
    }

    private static MunicipalityProfile profile(Random random, String municipality, LocalDate day) {
        int caseworkers = random.nextInt(60);
        return new MunicipalityProfile(municipality, day, random.nextBoolean() ? null : random.nextBoolean(),
                random.nextInt(6), caseworkers, random.nextInt(caseworkers + 1), random.nextBoolean(),
                random.nextBoolean());
    }

    private static InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
