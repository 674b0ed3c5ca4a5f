package dk.ics.test.internal;

import dk.ics.barometer.AimPoint;
import dk.ics.barometer.Answer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Role;
import dk.ics.barometer.Round;
import dk.ics.barometer.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates plausible barometer rounds: each municipality has a maturity and each aim point a municipality-specific
 * offset, so scores spread over the three status bands; respondents of each role answer around that level, some
 * answer <em>Ved ikke</em>, a few skip a statement. Stateless.
 */
public final class RoundGenerator {

    /** Danish municipalities, used in order; past the end, numbered example municipalities follow. */
    private static final List<String> MUNICIPALITIES = List.of("Aabenraa", "Aalborg", "Aarhus", "Albertslund",
            "Allerød", "Assens", "Ballerup", "Billund", "Bornholm", "Brøndby", "Brønderslev", "Dragør", "Egedal",
            "Esbjerg", "Faaborg-Midtfyn", "Fanø", "Favrskov", "Faxe", "Fredensborg", "Fredericia", "Frederiksberg",
            "Frederikshavn", "Frederikssund", "Furesø", "Gentofte", "Gladsaxe", "Glostrup", "Greve", "Gribskov",
            "Guldborgsund", "Haderslev", "Halsnæs", "Hedensted", "Helsingør", "Herlev", "Herning", "Hillerød",
            "Hjørring", "Holbæk", "Holstebro", "Horsens", "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ikast-Brande",
            "Ishøj", "Jammerbugt", "Kalundborg", "Kerteminde", "Kolding", "København", "Køge", "Langeland", "Lejre",
            "Lemvig", "Lolland", "Lyngby-Taarbæk", "Mariagerfjord", "Middelfart", "Morsø", "Norddjurs", "Nordfyns",
            "Nyborg", "Næstved", "Odder", "Odense", "Odsherred", "Randers", "Rebild", "Ringkøbing-Skjern", "Ringsted",
            "Roskilde", "Rudersdal", "Rødovre", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Slagelse",
            "Solrød", "Sorø", "Stevns", "Struer", "Svendborg", "Syddjurs", "Sønderborg", "Thisted", "Tønder",
            "Tårnby", "Vallensbæk", "Varde", "Vejen", "Vejle", "Vesthimmerland", "Viborg", "Vordingborg", "Ærø");

    private RoundGenerator() {
    }

    /** The name of municipality {@code i} (0-based). */
    public static String municipality(int index) {
        return index < MUNICIPALITIES.size() ? MUNICIPALITIES.get(index) + " Kommune"
                : "Eksempelkommune " + (index + 1);
    }

    /** Round {@code index} of a set: one municipality's answers on a date. */
    public static Round generate(long seed, int index, Catalogue catalogue, LocalDate date, int respondents) {
        SplittableRandom r = new SplittableRandom(Seeds.mix(seed ^ 0x5EED_BA40L, index));
        double maturity = 0.6 + r.nextDouble() * 2.2;
        Map<String, Double> offsets = new LinkedHashMap<>();
        for (AimPoint a : catalogue.aimPoints()) {
            offsets.put(a.id(), (r.nextDouble() - 0.5) * 1.2);
        }
        int max = catalogue.scale().maxValue();
        int min = catalogue.scale().minValue();
        List<Respondent> people = new ArrayList<>(respondents);
        for (int i = 0; i < respondents; i++) {
            Role role = role(r.nextInt(100));
            double roleBias = role == Role.LEADER || role == Role.ICS_LEAD ? 0.3 : role == Role.PARTNER ? -0.3 : 0;
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (AimPoint a : catalogue.aimPoints()) {
                for (Statement s : a.statements()) {
                    int roll = r.nextInt(100);
                    if (roll < 3) {
                        continue;
                    }
                    if (roll < 9) {
                        answers.put(s.id(), Answer.DONT_KNOW);
                        continue;
                    }
                    double v = maturity + offsets.get(a.id()) + roleBias + r.nextGaussian() * 0.6;
                    answers.put(s.id(), Answer.of((int) Math.max(min, Math.min(max, Math.round(v)))));
                }
            }
            people.add(new Respondent(String.format("R%04d", i + 1), role, answers));
        }
        return Round.of(catalogue, municipality(index), date, people);
    }

    private static Role role(int roll) {
        if (roll < 60) {
            return Role.CASEWORKER;
        }
        if (roll < 70) {
            return Role.LEADER;
        }
        if (roll < 75) {
            return Role.ICS_LEAD;
        }
        if (roll < 85) {
            return Role.SUPER_USER;
        }
        return roll < 95 ? Role.PARTNER : Role.OTHER;
    }
}
