package dk.ics.model.law;

import dk.ics.model.LocalizedText;

/** The acts the library cites, with the short name a citation uses. */
public enum Law {
    /** Barnets lov (lov nr. 721 af 13/06/2023), in force from 1 January 2024. */
    BARNETS_LOV("Barnets lov", LocalizedText.of("Barnets lov", "the Children's Act")),
    /** Lov om social service (Serviceloven), whose provisions on children applied until 31 December 2023. */
    SERVICELOVEN("Serviceloven", LocalizedText.of("Serviceloven", "the Social Services Act"));

    private final String shortName;
    private final LocalizedText label;

    Law(String shortName, LocalizedText label) {
        this.shortName = shortName;
        this.label = label;
    }

    /** The name a citation begins with, e.g. {@code Barnets lov}. */
    public String shortName() {
        return shortName;
    }

    /** The act's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }
}
