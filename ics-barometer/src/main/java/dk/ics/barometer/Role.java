package dk.ics.barometer;

import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.LocalizedText;
import dk.ics.model.Location;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The role of a respondent in a barometer round; scores are computed per role as well as in total. */
public enum Role {
    /** A manager (leder): head of department, team leader. */
    LEADER(LocalizedText.of("Leder", "Leader"), "ledelse", "teamleder", "afdelingsleder"),
    /** The municipality's ICS lead (ICS-ansvarlig). */
    ICS_LEAD(LocalizedText.of("ICS-ansvarlig", "ICS lead"), "ics ansvarlig"),
    /** An ICS super-user (superbruger). */
    SUPER_USER(LocalizedText.of("Superbruger", "Super-user"), "ics-superbruger", "super user"),
    /** A caseworker (sagsbehandler, børne- og ungerådgiver). */
    CASEWORKER(LocalizedText.of("Sagsbehandler", "Caseworker"), "rådgiver", "børne- og ungerådgiver", "radgiver"),
    /** A partner outside the administration: school, day care, health visitor. */
    PARTNER(LocalizedText.of("Samarbejdspartner", "Partner")),
    /** Anyone else. */
    OTHER(LocalizedText.of("Anden", "Other"), "andet");

    private final LocalizedText label;
    private final List<String> aliases;

    Role(LocalizedText label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The role's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }

    /**
     * The role for a code ({@code CASEWORKER}) or a Danish or English label ({@code Sagsbehandler}, {@code Rådgiver}),
     * compared without regard to case, spaces, hyphens or underscores.
     *
     * @throws IcsUnknownCodeException when nothing matches
     */
    public static Role parse(String text, Location where) {
        String key = normalise(text == null ? "" : text);
        for (Role r : values()) {
            if (key.equals(normalise(r.name())) || key.equals(normalise(r.label.da()))
                    || key.equals(normalise(r.label.in(dk.ics.model.Language.EN)))
                    || r.aliases.stream().anyMatch(a -> key.equals(normalise(a)))) {
                return r;
            }
        }
        throw new IcsUnknownCodeException(where, "role", text,
                Arrays.stream(values()).map(r -> r.name() + " (" + r.label.da() + ")").toList());
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
