package dk.ics.model.child;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.constraints.ValidCpr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The child a case is about, identified by a pseudonym, with only what the casework rules need: a CPR number when
 * there is one, the birth date, or the expected birth date of an unborn child. No names, addresses or free text.
 *
 * <p>A child without a CPR number is normal (unborn, newly arrived from abroad): the birth date may then be given
 * directly, or not at all when it is unknown. When both a CPR number and a birth date are given they must agree.
 *
 * <p>JSON form (the CPR number, when present, is personal data):
 * <pre>{@code
 * {"id": "barn-7f3a", "birthDate": "2012-05-14"}
 * {"id": "barn-91c2", "cpr": "DDMMYY-SSSS"}
 * {"id": "barn-0b17", "expectedBirthDate": "2025-03-01"}
 * }</pre>
 *
 * @param id                a pseudonymous id (1–100 characters; never a CPR number), stable within the caller's system
 * @param cpr               the CPR number, or {@code null}
 * @param birthDate         the birth date, or {@code null} (then taken from the CPR number when there is one)
 * @param expectedBirthDate for an unborn child, the expected birth date; otherwise {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Child(@NotBlank @Size(max = 100) String id, @ValidCpr Cpr cpr, @PastOrPresent LocalDate birthDate,
        LocalDate expectedBirthDate) {

    private static final Pattern CPR_LIKE = Pattern.compile(".*\\d{6}-?\\d{4}.*");

    /**
     * Checks the child's data.
     *
     * @throws IcsInvalidDataException naming the field (as a JSON Pointer relative to the child) when the id is
     *                                 missing or looks like a CPR number, or the dates contradict each other
     */
    public Child {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new IcsInvalidDataException(Location.atPointer("/id"),
                    "expected a pseudonymous child id of 1 to 100 characters");
        }
        if (CPR_LIKE.matcher(id).matches()) {
            throw new IcsInvalidDataException(Location.atPointer("/id"),
                    "the child id must be a pseudonym and must not contain a CPR number");
        }
        if (birthDate != null && expectedBirthDate != null) {
            throw new IcsInvalidDataException(Location.atPointer("/expectedBirthDate"),
                    "give either birthDate (a born child) or expectedBirthDate (an unborn child), not both");
        }
        if (cpr != null && expectedBirthDate != null) {
            throw new IcsInvalidDataException(Location.atPointer("/expectedBirthDate"),
                    "an unborn child (expectedBirthDate) cannot have a CPR number");
        }
        if (cpr != null && birthDate != null && !cpr.birthDate().equals(birthDate)) {
            throw new IcsInvalidDataException(Location.atPointer("/birthDate"),
                    "birthDate does not agree with the birth date in the CPR number");
        }
    }

    /** A born child known by its birth date only. */
    public static Child born(String id, LocalDate birthDate) {
        return new Child(id, null, birthDate, null);
    }

    /** A child with a CPR number; the birth date is taken from the number. */
    public static Child withCpr(String id, Cpr cpr) {
        return new Child(id, cpr, null, null);
    }

    /** An unborn child, by its expected birth date. */
    public static Child unborn(String id, LocalDate expectedBirthDate) {
        return new Child(id, null, null, expectedBirthDate);
    }

    /** The CPR number, when there is one. */
    public Optional<Cpr> cprNumber() {
        return Optional.ofNullable(cpr);
    }

    /** The birth date: as given, else from the CPR number; empty for an unborn child or when unknown. */
    public Optional<LocalDate> dateOfBirth() {
        if (birthDate != null) {
            return Optional.of(birthDate);
        }
        return cpr == null ? Optional.empty() : Optional.of(cpr.birthDate());
    }

    /** Whether the child is unborn (has an expected birth date). */
    @JsonIgnore
    public boolean isUnborn() {
        return expectedBirthDate != null;
    }

    /** The child's age in whole years on a date; empty when the birth date is unknown or the child is not yet born. */
    public OptionalInt ageOn(LocalDate date) {
        Optional<LocalDate> born = dateOfBirth();
        if (born.isEmpty() || date.isBefore(born.get())) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(born.get(), date).getYears());
    }

    /** Shows which fields are present, never their values. */
    @Override
    public String toString() {
        return "Child[id=(pseudonym), cpr=" + (cpr != null ? "present" : "absent") + ", birthDate="
                + (dateOfBirth().isPresent() ? "known" : "unknown") + ", unborn=" + isUnborn() + "]";
    }
}
