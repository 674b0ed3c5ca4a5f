package dk.ics.model;

/**
 * The four beacons of quality in children's casework (pejlemærker for kvalitet i sagsbehandlingen), by which checks
 * are grouped.
 */
public enum QualityBeacon {
    /** Inddragelse: involving the child, the parents and the network. */
    INDDRAGELSE(LocalizedText.of("Inddragelse", "Involvement")),
    /** Faglig udredning: a focused, proportionate investigation weighing challenges and resources. */
    FAGLIG_UDREDNING(LocalizedText.of("Faglig udredning", "Professional investigation")),
    /** Valg af indsats: measures that match the assessed needs, with clear goals and responsibilities. */
    VALG_AF_INDSATS(LocalizedText.of("Valg af indsats", "Choice of measure")),
    /** Opfølgning: systematic, timely follow-up on whether the measure works. */
    OPFOELGNING(LocalizedText.of("Opfølgning", "Follow-up"));

    private final LocalizedText label;

    QualityBeacon(LocalizedText label) {
        this.label = label;
    }

    /** The beacon's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }
}
