package dk.ics.model.age;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.ics.model.LocalizedText;
import dk.ics.model.internal.ReferenceData;
import java.time.Period;

/**
 * One age group of the age-divided focus areas (de aldersopdelte fokusområder): a code, a label and the ages it
 * covers, from {@code from} (inclusive) to {@code until} (exclusive), in whole years and months since birth.
 *
 * @param code  the group's code, capitals, digits and underscores, e.g. {@code AAR_3_5}
 * @param label the group's label in Danish (required) and English
 * @param kind  unborn, child or after-care
 * @param from  the age at which the group starts, e.g. {@code P3Y}; {@code null} for {@link AgeGroupKind#UNBORN}
 * @param until the age at which the next group starts, e.g. {@code P6Y}; {@code null} for
 *              {@link AgeGroupKind#UNBORN}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgeGroup(String code, LocalizedText label, AgeGroupKind kind, Period from, Period until) {

    /** Checks the code, the kind and the bounds of one group. */
    public AgeGroup {
        ReferenceData.require(code != null && code.matches("[A-Z][A-Z0-9_]{0,63}"), "/code",
                "expected a code of capitals, digits and underscores");
        ReferenceData.require(label != null, "/label", "missing label");
        ReferenceData.require(kind != null, "/kind", "missing kind: expected UNBORN, CHILD or AFTER_CARE");
        if (kind == AgeGroupKind.UNBORN) {
            ReferenceData.require(from == null, "/from", "an UNBORN group has no age bounds");
            ReferenceData.require(until == null, "/until", "an UNBORN group has no age bounds");
        } else {
            checkBound(from, "/from");
            checkBound(until, "/until");
            ReferenceData.require(until.toTotalMonths() > from.toTotalMonths(), "/until",
                    "expected an age after 'from'");
        }
    }

    private static void checkBound(Period p, String pointer) {
        ReferenceData.require(p != null, pointer, "missing age: expected a period in years and months, e.g. P3Y");
        ReferenceData.require(p.getDays() == 0 && !p.isNegative(), pointer,
                "expected a non-negative period in whole years and months, e.g. P1Y6M");
    }

    /** The first age in the group in months since birth, or -1 for an unborn group. */
    public long fromMonths() {
        return from == null ? -1 : from.toTotalMonths();
    }

    /** The first age after the group in months since birth, or 0 for an unborn group. */
    public long untilMonths() {
        return until == null ? 0 : until.toTotalMonths();
    }

    /** Whether a child of the given age in whole months (0 or more) falls in this group. */
    public boolean containsMonths(long ageInMonths) {
        return kind != AgeGroupKind.UNBORN && ageInMonths >= fromMonths() && ageInMonths < untilMonths();
    }
}
