package dk.ics.barometer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a survey tool's CSV export usually lacks: which municipality the round is from and when it was held. Given to
 * {@link Rounds#readCsv(java.nio.file.Path, RoundInfo)} when the file has no {@code municipality} and {@code date}
 * columns.
 *
 * @param municipality the municipality's name
 * @param date         the date of the round (e.g. when the survey closed)
 */
public record RoundInfo(String municipality, LocalDate date) {

    /** Checks that both parts are present. */
    public RoundInfo {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(date, "date");
    }

    /** The round info for a municipality and a date. */
    public static RoundInfo of(String municipality, LocalDate date) {
        return new RoundInfo(municipality, date);
    }
}
