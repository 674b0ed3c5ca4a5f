package dk.ics.barometer.internal;

import dk.ics.barometer.StatusThresholds;
import dk.ics.barometer.StepFigures;
import dk.ics.barometer.StepUsage;
import dk.ics.barometer.Status;
import dk.ics.barometer.UsageFigures;
import dk.ics.barometer.UsageScore;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.internal.JsonSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads, checks and scores the figures on the use of ICS in casework. */
public final class UsageScorer {

    private UsageScorer() {
    }

    /** Reads and checks figures from a JSON file. */
    public static UsageFigures load(Path file, ReadLimits limits) {
        String source = FileAccess.sourceName(file);
        UsageFigures f = JsonSupport.bind(FileAccess.readJson(file, limits), UsageFigures.class, source);
        check(f, source);
        return f;
    }

    /** Checks figures, throwing at the JSON Pointer of the first problem. */
    public static void check(UsageFigures f, String source) {
        Location at = Location.of(source);
        if (f.municipality() == null || f.municipality().isBlank()) {
            throw new IcsInvalidDataException(at.withPointer("/municipality"), "expected the municipality's name");
        }
        if (f.from() == null || f.to() == null || f.from().isAfter(f.to())) {
            throw new IcsInvalidDataException(at.withPointer(f.from() == null ? "/from" : "/to"),
                    "expected a period with from and to dates, from not after to");
        }
        if (f.steps().isEmpty()) {
            throw new IcsInvalidDataException(at.withPointer("/steps"), "expected figures for at least one step");
        }
        Set<CaseStep> seen = EnumSet.noneOf(CaseStep.class);
        for (int i = 0; i < f.steps().size(); i++) {
            StepFigures s = f.steps().get(i);
            Location here = at.withPointer("/steps/" + i);
            if (s == null || s.step() == null) {
                throw new IcsInvalidDataException(here.withPointer("/steps/" + i + "/step"), "expected a case step");
            }
            if (!seen.add(s.step())) {
                throw new IcsInvalidDataException(here.withPointer("/steps/" + i + "/step"),
                        "duplicate step " + s.step().name());
            }
            if (s.documents() < 0 || s.onIcsTemplate() < 0 || s.passedChecks() < 0) {
                throw new IcsInvalidDataException(here, "expected counts of 0 or more");
            }
            if (s.onIcsTemplate() > s.documents()) {
                throw new IcsInvalidDataException(here.withPointer("/steps/" + i + "/onIcsTemplate"),
                        "expected at most as many as documents");
            }
            if (s.passedChecks() > s.onIcsTemplate()) {
                throw new IcsInvalidDataException(here.withPointer("/steps/" + i + "/passedChecks"),
                        "expected at most as many as onIcsTemplate");
            }
        }
    }

    /** Scores checked figures. */
    public static UsageScore score(UsageFigures f, StatusThresholds thresholds) {
        check(f, "usage figures");
        List<StepUsage> steps = new ArrayList<>();
        double sum = 0;
        int scored = 0;
        for (StepFigures s : f.steps()) {
            if (s.documents() == 0) {
                steps.add(new StepUsage(s.step(), 0, 0, 0, null, Status.INSUFFICIENT_ANSWERS));
                continue;
            }
            long num = 100L * (s.onIcsTemplate() + s.passedChecks());
            long den = 2L * s.documents();
            int score = (int) Math.floorDiv(2 * num + den, 2 * den);
            sum += (double) num / den;
            scored++;
            steps.add(new StepUsage(s.step(), s.documents(), s.onIcsTemplate(), s.passedChecks(), score,
                    thresholds.statusOf(score)));
        }
        Integer overall = scored == 0 ? null : Scorer.roundHalfUp(sum / scored);
        return new UsageScore(f.municipality(), f.from(), f.to(), steps, overall,
                overall == null ? Status.INSUFFICIENT_ANSWERS : thresholds.statusOf(overall));
    }
}
