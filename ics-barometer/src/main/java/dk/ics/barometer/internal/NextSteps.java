package dk.ics.barometer.internal;

import dk.ics.barometer.AimPoint;
import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.NextStep;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the weakest aim points of a scored round and attaches the catalogue's advice. */
public final class NextSteps {

    private NextSteps() {
    }

    /** The next steps: scored aim points that are not green, lowest first, then aim points with too few answers. */
    public static List<NextStep> suggest(RoundScore score, Catalogue catalogue, int howMany) {
        if (howMany < 0) {
            throw new IllegalArgumentException("howMany must be 0 or more");
        }
        List<AimPointScore> weak = new ArrayList<>(score.total().aimPoints().stream()
                .filter(a -> a.isScored() && a.status() != Status.GREEN).toList());
        weak.sort(Comparator.comparingInt(AimPointScore::score));
        List<NextStep> out = new ArrayList<>();
        for (AimPointScore a : weak) {
            if (out.size() >= howMany) {
                return out;
            }
            AimPoint ap = catalogue.aimPoint(a.aimPointId()).orElseThrow();
            out.add(new NextStep(a.aimPointId(), a.title(), a.score(), a.status(), ap.advice()));
        }
        for (AimPointScore a : score.total().aimPoints()) {
            if (out.size() >= howMany) {
                break;
            }
            if (!a.isScored()) {
                out.add(new NextStep(a.aimPointId(), a.title(), null, a.status(), List.of(Texts.render(
                        "next.insufficient", a.aimPointId()))));
            }
        }
        return out;
    }
}
