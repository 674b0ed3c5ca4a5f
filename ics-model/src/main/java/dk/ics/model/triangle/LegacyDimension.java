package dk.ics.model.triangle;

import dk.ics.model.LocalizedText;
import java.util.Arrays;
import java.util.List;

/**
 * The dimensions of the Danish ICS triangle before 2019 ({@link IcsVersion#PRE_2019}), each on its
 * {@link LegacySide}. Old investigations in case systems still use them; {@link DimensionMigration} maps them to the
 * 2019 {@link Dimension}s.
 *
 * <p>The list is a reconstruction from the English Assessment Framework and Danish material of the time, not an
 * official list: the Danish version joined the English family factors into six dimensions. Codes follow the house
 * rule (Danish names in capitals, æ/ø/å as AE/OE/AA).
 */
public enum LegacyDimension {
    /** Sundhed: health. */
    SUNDHED(LegacySide.BARNETS_UDVIKLINGSMAESSIGE_BEHOV),
    /** Uddannelse: education. */
    UDDANNELSE(LegacySide.BARNETS_UDVIKLINGSMAESSIGE_BEHOV),
    /** Følelsesmæssig udvikling og adfærd: emotional and behavioural development. */
    FOELELSESMAESSIG_UDVIKLING_OG_ADFAERD(LegacySide.BARNETS_UDVIKLINGSMAESSIGE_BEHOV),
    /** Identitet: identity. */
    IDENTITET(LegacySide.BARNETS_UDVIKLINGSMAESSIGE_BEHOV),
    /** Familie- og sociale relationer: family and social relationships. */
    FAMILIE_OG_SOCIALE_RELATIONER(LegacySide.BARNETS_UDVIKLINGSMAESSIGE_BEHOV),
    /** Social fremtræden: social presentation. */
    SOCIAL_FREMTRAEDEN(LegacySide.BARNETS_UDVIKLINGSMAESSIGE_BEHOV),
    /** Selvstændighed og egenomsorg: self-care skills. */
    SELVSTAENDIGHED_OG_EGENOMSORG(LegacySide.BARNETS_UDVIKLINGSMAESSIGE_BEHOV),
    /** Grundlæggende omsorg: basic care. */
    GRUNDLAEGGENDE_OMSORG(LegacySide.FORAELDREKOMPETENCER),
    /** Sikkerhed: ensuring safety. */
    SIKKERHED(LegacySide.FORAELDREKOMPETENCER),
    /** Følelsesmæssig varme: emotional warmth. */
    FOELELSESMAESSIG_VARME(LegacySide.FORAELDREKOMPETENCER),
    /** Stimulering: stimulation. */
    STIMULERING(LegacySide.FORAELDREKOMPETENCER),
    /** Vejledning og grænsesætning: guidance and boundaries. */
    VEJLEDNING_OG_GRAENSESAETNING(LegacySide.FORAELDREKOMPETENCER),
    /** Stabilitet: stability. */
    STABILITET(LegacySide.FORAELDREKOMPETENCER),
    /** Familiens historie og funktion: family history and functioning. */
    FAMILIENS_HISTORIE_OG_FUNKTION(LegacySide.FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER),
    /** Slægtninge og netværk: wider family and network. */
    SLAEGTNINGE_OG_NETVAERK(LegacySide.FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER),
    /** Bolig: housing. */
    BOLIG(LegacySide.FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER),
    /** Beskæftigelse: employment. */
    BESKAEFTIGELSE(LegacySide.FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER),
    /** Økonomi: income. */
    OEKONOMI(LegacySide.FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER),
    /** Social integration og lokalsamfundets ressourcer: social integration and community resources. */
    SOCIAL_INTEGRATION_OG_LOKALSAMFUNDETS_RESSOURCER(LegacySide.FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER);

    private final LegacySide side;

    LegacyDimension(LegacySide side) {
        this.side = side;
    }

    /** The stable code, e.g. {@code FOELELSESMAESSIG_VARME}. */
    public String code() {
        return name();
    }

    /** The side the dimension belongs to. */
    public LegacySide side() {
        return side;
    }

    /** The dimension's label in Danish and English. */
    public LocalizedText label() {
        return LegacyLabels.dimension(this);
    }

    /** The dimensions of a side, in order. */
    public static List<LegacyDimension> onSide(LegacySide side) {
        return Arrays.stream(values()).filter(d -> d.side == side).toList();
    }

    /**
     * The dimension with the given code.
     *
     * @throws dk.ics.model.IcsUnknownCodeException naming the known codes
     */
    public static LegacyDimension fromCode(String code) {
        return Codes.lookup(LegacyDimension.class, code, "legacy dimension");
    }

    /**
     * The dimension with the given Danish or English label, matched as leniently as {@link Dimension#fromLabel}.
     *
     * @throws dk.ics.model.IcsUnknownCodeException when no legacy dimension has that label
     */
    public static LegacyDimension fromLabel(String label) {
        return LegacyLabels.dimensionByLabel(label);
    }
}
