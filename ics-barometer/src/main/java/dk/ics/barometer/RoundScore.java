package dk.ics.barometer;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.internal.JsonSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The scored round: per aim point and overall, for all respondents and per role, the spread between roles, and the
 * findings (a large gap between roles, aim points without enough answers). Immutable.
 *
 * @param municipality     the round's municipality
 * @param date             the round's date
 * @param catalogueId      the catalogue's id
 * @param catalogueVersion the catalogue's version
 * @param total            the scores of all respondents together
 * @param byRole           the scores per role, in {@link Role} order, for the roles that answered
 * @param spreads          per aim point scored by at least two roles, the spread between the roles
 * @param findings         what the scoring found, in report order; codes {@code BAR-ROLE-GAP},
 *                         {@code BAR-INSUFFICIENT-ANSWERS}
 */
public record RoundScore(String municipality, LocalDate date, String catalogueId, String catalogueVersion,
        GroupScore total, List<GroupScore> byRole, List<RoleSpread> spreads, List<Finding> findings) {

    /** Copies the lists and puts the findings in report order. */
    public RoundScore {
        byRole = List.copyOf(byRole);
        spreads = List.copyOf(spreads);
        findings = FindingReport.of(findings).findings();
    }

    /** The score of one aim point for all respondents. */
    public Optional<AimPointScore> aimPoint(String aimPointId) {
        return total.aimPoint(aimPointId);
    }

    /** The overall score of all respondents, or {@code null} when no aim point has a score. */
    public Integer overall() {
        return total.overall();
    }

    /** The scores of one role, when anyone of that role answered. */
    public Optional<GroupScore> role(Role role) {
        return byRole.stream().filter(g -> g.role() == role).findFirst();
    }

    /** The spread between roles for one aim point, when at least two roles scored it. */
    public Optional<RoleSpread> spread(String aimPointId) {
        return spreads.stream().filter(s -> s.aimPointId().equals(aimPointId)).findFirst();
    }

    /** The findings as a report. */
    public FindingReport report() {
        return FindingReport.of(findings);
    }

    /** The scored round as plain text in a language: a table of aim points by role, then the findings. */
    public String render(dk.ics.model.Language language) {
        return dk.ics.barometer.internal.TextReport.render(this, language);
    }

    /** The scored round as indented JSON. */
    public String toJson() {
        return JsonSupport.write(this);
    }
}
