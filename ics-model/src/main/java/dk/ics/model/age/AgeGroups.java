package dk.ics.model.age;

import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.LocalizedText;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The age groups of the age-divided focus areas, and which group a child is in on a date.
 *
 * <p>The official year ranges are not public, so <strong>the default groups are ours</strong> (a decision of this
 * library, following the Danish institution life of a child) and are data, the resource {@code age-groups.json}:
 * ufødt (expected child), 0–11 months, 1–2 years, 3–5, 6–9, 10–14, 15–17, and 18–22 for after-care. Load another
 * set with {@link #load(Path)}.
 *
 * <p>A set is valid when: codes are well-formed and unique; at most one {@link AgeGroupKind#UNBORN} group, first;
 * the other groups in ascending order, the first starting at birth ({@code P0M}), each starting where the previous
 * ends (no gap, no overlap); after-care groups after the child groups; every label has its Danish text. A file that
 * breaks any of this is refused whole with the file and the JSON Pointer of the first problem.
 *
 * <p><strong>Age</strong> is {@link Period#between(LocalDate, LocalDate)} from the birth date to the reference date,
 * in whole months: a child enters the group that starts at {@code P1Y} on its first birthday. A child born on 29
 * February turns one on <em>1 March</em> of a year that is not a leap year (on 28 February, {@code Period.between}
 * gives 11 months and 30 days); likewise a child born on the 31st of a month completes a month on the 1st of the
 * month after a shorter one. A birth date after the reference date means an expected child: the UNBORN group.
 * A child older than the last group has <em>no</em> group: {@link #ageGroupOf} returns an empty optional rather
 * than throwing, since that is a normal fact about a case (the young person has left the age range), not bad input.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id      the set's id
 * @param version the set's version
 * @param source  where the set comes from and whether it is official
 * @param groups  the groups in order
 */
public record AgeGroups(String id, String version, LocalizedText source, List<AgeGroup> groups) {

    /** Checks codes, order and contiguity (see the class comment). */
    public AgeGroups {
        ReferenceData.require(id != null && !id.isBlank(), "/id", "missing id");
        ReferenceData.require(version != null && !version.isBlank(), "/version", "missing version");
        ReferenceData.require(groups != null && !groups.isEmpty(), "/groups", "expected at least one age group");
        groups = List.copyOf(groups);
        Set<String> codes = new HashSet<>();
        AgeGroup previous = null;
        for (int i = 0; i < groups.size(); i++) {
            AgeGroup g = groups.get(i);
            String at = "/groups/" + i;
            ReferenceData.require(codes.add(g.code()), at + "/code", "age group code appears twice");
            if (g.kind() == AgeGroupKind.UNBORN) {
                ReferenceData.require(i == 0, at + "/kind", "the UNBORN group must be the first and only one");
                continue;
            }
            if (previous == null) {
                ReferenceData.require(g.fromMonths() == 0, at + "/from", "the first age group must start at birth (P0M)");
            } else {
                ReferenceData.require(!(previous.kind() == AgeGroupKind.AFTER_CARE && g.kind() == AgeGroupKind.CHILD),
                        at + "/kind", "a CHILD group may not follow an AFTER_CARE group");
                ReferenceData.require(g.fromMonths() <= previous.untilMonths(), at + "/from",
                        "gap: expected this group to start where the previous one ends (" + previous.until() + ")");
                ReferenceData.require(g.fromMonths() >= previous.untilMonths(), at + "/from",
                        "overlap: expected this group to start where the previous one ends (" + previous.until()
                                + ")");
            }
            previous = g;
        }
    }

    /** The library's default groups (ours, see the class comment), including after-care. */
    public static AgeGroups standard() {
        return Standard.GROUPS;
    }

    /** Loads the built-in groups on first use. */
    private static final class Standard {
        static final AgeGroups GROUPS =
                ReferenceData.resource(AgeGroups.class, "/dk/ics/model/age/age-groups.json", AgeGroups.class);
    }

    /**
     * Loads a set of age groups from a JSON file of the same format as {@code age-groups.json}.
     *
     * @throws dk.ics.model.IcsException naming the file and the JSON Pointer when the file is unreadable or invalid
     */
    public static AgeGroups load(Path file) {
        return load(file, ReadLimits.DEFAULTS);
    }

    /** Loads a set of age groups from a JSON file with the given read limits. */
    public static AgeGroups load(Path file, ReadLimits limits) {
        return ReferenceData.file(file, AgeGroups.class, limits);
    }

    /**
     * The age group of a child on a date.
     *
     * @param birthDate     the birth date, or the expected birth date of an unborn child
     * @param referenceDate the date on which to place the child, e.g. the start of the investigation
     * @return the group; the UNBORN group when the birth date is after the reference date (empty if the set has no
     *         such group); empty when the child is older than the last group
     */
    public Optional<AgeGroup> ageGroupOf(LocalDate birthDate, LocalDate referenceDate) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (birthDate.isAfter(referenceDate)) {
            return groups.stream().filter(g -> g.kind() == AgeGroupKind.UNBORN).findFirst();
        }
        long months = Period.between(birthDate, referenceDate).toTotalMonths();
        return groups.stream().filter(g -> g.containsMonths(months)).findFirst();
    }

    /** The group with a code, if any. */
    public Optional<AgeGroup> find(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /**
     * The group with a code.
     *
     * @throws IcsUnknownCodeException naming the known codes
     */
    public AgeGroup byCode(String code) {
        return find(code).orElseThrow(() -> new IcsUnknownCodeException(Location.UNKNOWN, "age group", code,
                codes()));
    }

    /** The codes of the groups, in order. */
    public List<String> codes() {
        return groups.stream().map(AgeGroup::code).toList();
    }

    /** This set without its after-care groups (for a municipality that does not use them). */
    public AgeGroups withoutAfterCare() {
        return new AgeGroups(id, version, source,
                groups.stream().filter(g -> g.kind() != AgeGroupKind.AFTER_CARE).toList());
    }
}
