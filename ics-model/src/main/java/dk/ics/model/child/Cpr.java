package dk.ics.model.child;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A Danish CPR number (personnummer), checked for form and date, that never shows its digits by accident.
 *
 * <p>Accepted forms are {@code DDMMYY-SSSS} and {@code DDMMYYSSSS} (surrounding white space is ignored). The century
 * comes from the 7th digit together with the year, after the CPR Office's table:
 * <table>
 * <caption>Century from the 7th digit</caption>
 * <tr><th>7th digit</th><th>YY 00–36</th><th>YY 37–57</th><th>YY 58–99</th></tr>
 * <tr><td>0–3</td><td>19YY</td><td>19YY</td><td>19YY</td></tr>
 * <tr><td>4, 9</td><td>20YY</td><td>19YY</td><td>19YY</td></tr>
 * <tr><td>5–8</td><td>20YY</td><td>20YY</td><td>18YY</td></tr>
 * </table>
 * There is no modulus-11 check: numbers issued since 2007 need not satisfy it. A substitute number
 * (erstatningspersonnummer) has 60 added to the day of the month; it is accepted, {@link #isSubstitute()} says so,
 * and {@link #birthDate()} still gives the real date.
 *
 * <p><strong>Personal data.</strong> A CPR number is special-category personal data. {@link #toString()} shows no
 * digit ({@code Cpr[******-****]}), and an invalid number is reported with an {@link IcsInvalidDataException} whose
 * message never contains the input. Callers who need the number ask for it explicitly with {@link #value()} or
 * {@link #formatted()}. In JSON a CPR number is written as its string form {@code DDMMYY-SSSS}: any JSON holding a
 * {@code Cpr} is personal data and must be stored and transmitted as such.
 *
 * <p>Instances are immutable and thread-safe; {@link #equals(Object)} compares the ten digits.
 */
public final class Cpr {

    /** The offset added to the day of the month in a substitute number (erstatningspersonnummer). */
    public static final int SUBSTITUTE_DAY_OFFSET = 60;

    private static final String EXPECTED = "expected a CPR number of the form DDMMYY-SSSS or DDMMYYSSSS";

    private final String digits;
    private final LocalDate birthDate;

    private Cpr(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /**
     * Parses a CPR number.
     *
     * @param text the number as {@code DDMMYY-SSSS} or {@code DDMMYYSSSS}
     * @return the number
     * @throws IcsInvalidDataException when the text is not of that form or holds no valid date; the message never
     *                                 contains the text
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Cpr parse(String text) {
        if (text == null) {
            throw new IcsInvalidDataException(Location.UNKNOWN, EXPECTED + ", found nothing");
        }
        String digits = digitsOf(text.strip());
        if (digits == null) {
            throw new IcsInvalidDataException(Location.UNKNOWN, EXPECTED);
        }
        LocalDate date = dateOf(digits);
        if (date == null) {
            throw new IcsInvalidDataException(Location.UNKNOWN,
                    "the CPR number does not hold a valid birth date (DDMMYY with the century from the 7th digit)");
        }
        return new Cpr(digits, date);
    }

    /** Whether the text is a CPR number that {@link #parse(String)} accepts. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = digitsOf(text.strip());
        return digits != null && dateOf(digits) != null;
    }

    /** The ten digits without a hyphen, e.g. for a look-up in a municipality's own system. Personal data. */
    public String value() {
        return digits;
    }

    /** The number as {@code DDMMYY-SSSS}; this is also its JSON form. Personal data. */
    @JsonValue
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** The birth date the number holds (for a substitute number, with the 60 taken off the day). */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** Whether this is a substitute number (erstatningspersonnummer): its day of the month is 61–91. */
    public boolean isSubstitute() {
        return day(digits) > SUBSTITUTE_DAY_OFFSET;
    }

    /** The legal gender the last digit records: odd for male, even for female. */
    public Gender gender() {
        return (digits.charAt(9) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * The year of birth from the two-digit year and the 7th digit, after the CPR Office's table (see the class
     * comment).
     *
     * @param yy           the two-digit year, 0–99
     * @param seventhDigit the 7th digit, 0–9
     * @return the four-digit year
     */
    public static int birthYear(int yy, int seventhDigit) {
        if (yy < 0 || yy > 99 || seventhDigit < 0 || seventhDigit > 9) {
            throw new IllegalArgumentException("yy must be 0-99 and the 7th digit 0-9");
        }
        if (seventhDigit <= 3) {
            return 1900 + yy;
        }
        if (seventhDigit == 4 || seventhDigit == 9) {
            return yy <= 36 ? 2000 + yy : 1900 + yy;
        }
        return yy <= 57 ? 2000 + yy : 1800 + yy;
    }

    private static String digitsOf(String s) {
        String d;
        if (s.length() == 11 && s.charAt(6) == '-') {
            d = s.substring(0, 6) + s.substring(7);
        } else if (s.length() == 10) {
            d = s;
        } else {
            return null;
        }
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return d;
    }

    private static int day(String d) {
        return Integer.parseInt(d.substring(0, 2));
    }

    private static LocalDate dateOf(String d) {
        int day = day(d);
        if (day > SUBSTITUTE_DAY_OFFSET) {
            day -= SUBSTITUTE_DAY_OFFSET;
        }
        int month = Integer.parseInt(d.substring(2, 4));
        int year = birthYear(Integer.parseInt(d.substring(4, 6)), d.charAt(6) - '0');
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cpr other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** A masked form that shows no digit: {@code Cpr[******-****]}. */
    @Override
    public String toString() {
        return "Cpr[******-****]";
    }
}
