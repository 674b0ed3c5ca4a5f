package dk.ics.barometer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One round of the barometer in one municipality: the respondents' answers on a date, to the statements of one
 * catalogue. Read one with {@link Rounds}, score it with {@link Barometer#score(Round)}. Immutable.
 *
 * @param municipality     the municipality's name
 * @param date             the date of the round
 * @param catalogueId      the id of the catalogue the statements come from
 * @param catalogueVersion the version of that catalogue
 * @param respondents      the respondents, in the order they were read
 */
public record Round(String municipality, LocalDate date, String catalogueId, String catalogueVersion,
        List<Respondent> respondents) {

    /** Checks that the parts are present and copies the respondents. */
    public Round {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(catalogueId, "catalogueId");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        respondents = respondents == null ? List.of() : List.copyOf(respondents);
    }

    /** A round answered on the given catalogue. */
    public static Round of(Catalogue catalogue, String municipality, LocalDate date, List<Respondent> respondents) {
        return new Round(municipality, date, catalogue.id(), catalogue.version(), respondents);
    }

    /** This round with other respondents (e.g. in another order, or one more). */
    public Round withRespondents(List<Respondent> newRespondents) {
        return new Round(municipality, date, catalogueId, catalogueVersion, newRespondents);
    }

    /** The municipality, date, catalogue and number of respondents; never respondents' ids. */
    @Override
    public String toString() {
        return "Round[municipality=" + municipality + ", date=" + date + ", catalogue=" + catalogueId + "@"
                + catalogueVersion + ", respondents=" + respondents.size() + "]";
    }
}
