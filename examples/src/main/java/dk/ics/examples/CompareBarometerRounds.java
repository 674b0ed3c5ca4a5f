package dk.ics.examples;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.NextStep;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.ScoreTrend;
import dk.ics.barometer.Trend;
import dk.ics.model.Finding;
import dk.ics.model.Language;
import java.io.PrintStream;

/**
 * Scenario: Eksempel Kommune's ICS lead has just exported the 2024 round of the ICS implementation barometer from the
 * survey tool. She scores it, compares it with the 2023 round to see whether the anchoring plan adopted in between
 * has moved anything, looks at where leaders and caseworkers see things differently, and takes the suggested next
 * steps for the weakest aim points to the steering group.
 */
public final class CompareBarometerRounds {

    private CompareBarometerRounds() {
    }

    /** Runs the scenario and prints to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the scenario, printing to {@code out}. */
    public static void run(PrintStream out) {
        Language da = Language.DA;
        // The built-in catalogue: seven aim points, 24 statements, the library's scale and status thresholds.
        Barometer barometer = Barometer.standard();
        // The two rounds come in different shapes (2023 with Danish words, 2024 with numbers); both read alike.
        Round previous = barometer.read(ExampleFiles.data("barometer/eksempel-kommune-2023.csv"));
        Round latest = barometer.read(ExampleFiles.data("barometer/eksempel-kommune-2024.csv"));

        RoundScore score = barometer.score(latest);
        out.println(score.municipality() + " " + score.date() + ": samlet " + score.overall() + " ("
                + score.total().overallStatus().label().in(da) + "), " + score.total().respondents() + " svar");

        // Change per aim point: last minus first; within the margin (5 points) it counts as stable, not as news.
        Trend trend = barometer.compare(previous, latest);
        for (ScoreTrend t : trend.aimPoints()) {
            AimPointScore now = score.aimPoint(t.id()).orElseThrow();
            out.printf("  %s %-45s %s -> %s  %s  %s%n", t.id(), now.title().in(da), t.scores().get(0),
                    t.scores().get(1), signed(t.change()), t.direction().label().in(da));
        }

        // A large gap between roles is a finding of its own: the leaders may believe in a change the caseworkers
        // do not yet feel.
        out.println("Forskelle mellem roller:");
        for (Finding f : score.report().findings()) {
            out.println("  " + f.severity() + " " + f.code() + " " + f.message(da));
        }

        out.println("Forslag til næste skridt:");
        for (NextStep step : barometer.nextSteps(score, 2)) {
            out.println("  " + step.aimPointId() + " " + step.title().in(da) + " (" + step.score() + ", "
                    + step.status().label().in(da) + ")");
            step.advice().forEach(advice -> out.println("    - " + advice.in(da)));
        }
    }

    /** A change with its sign, so "+12" and "-3" read as changes rather than scores. */
    private static String signed(Integer change) {
        return change == null ? "?" : (change > 0 ? "+" : "") + change;
    }
}
