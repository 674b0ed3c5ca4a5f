package dk.ics.barometer;

import dk.ics.model.internal.JsonSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Two or more rounds of one municipality compared, oldest first: per aim point and overall, the scores, the change
 * from the first to the last round and its direction; per statement the change in the mean answer, and the statement
 * whose answers moved most. Immutable.
 *
 * @param municipality the municipality
 * @param dates        the rounds' dates, oldest first
 * @param margin       the margin in points within which a change counts as {@link Direction#STABLE}
 * @param overall      the overall score's trend (id {@code overall})
 * @param aimPoints    each aim point's trend, in catalogue order
 * @param byRole       the same per role, in {@link Role} order, for every role that answered in some round
 * @param statements   each statement's change, in catalogue order
 * @param rounds       the scored rounds, oldest first
 */
public record Trend(String municipality, List<LocalDate> dates, int margin, ScoreTrend overall,
        List<ScoreTrend> aimPoints, List<RoleTrend> byRole, List<StatementChange> statements,
        List<RoundScore> rounds) {

    /** Copies the lists. */
    public Trend {
        dates = List.copyOf(dates);
        aimPoints = List.copyOf(aimPoints);
        byRole = List.copyOf(byRole);
        statements = List.copyOf(statements);
        rounds = List.copyOf(rounds);
    }

    /** The trend of one aim point. */
    public Optional<ScoreTrend> aimPoint(String aimPointId) {
        return aimPoints.stream().filter(t -> t.id().equals(aimPointId)).findFirst();
    }

    /** The trend of one role, when anyone of that role answered in some round. */
    public Optional<RoleTrend> role(Role role) {
        return byRole.stream().filter(r -> r.role() == role).findFirst();
    }

    /**
     * The statement whose mean answer moved most (up or down) between the first and the last round; ties go to the
     * statement first in the catalogue. Empty when no statement has answers with a value in both rounds.
     */
    public Optional<StatementChange> mostMoved() {
        StatementChange best = null;
        for (StatementChange c : statements) {
            if (c.change() != null && (best == null || Math.abs(c.change()) > Math.abs(best.change()) + 1e-12)) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The trend as plain text in a language: each aim point's scores, change and direction. */
    public String render(dk.ics.model.Language language) {
        return dk.ics.barometer.internal.TextReport.render(this, language);
    }

    /** The trend as indented JSON. */
    public String toJson() {
        return JsonSupport.write(this);
    }
}
