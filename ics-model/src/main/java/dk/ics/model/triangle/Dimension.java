package dk.ics.model.triangle;

import dk.ics.model.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ten dimensions of the ICS triangle (version 2019), in triangle order, each on its {@link Side}.
 *
 * <p>Codes are the Danish names in capitals with æ, ø, å written AE, OE, AA, so a caseworker and a developer name
 * things the same way ({@code TRYGT_OMSORGSMILJOE} is "Trygt omsorgsmiljø").
 */
public enum Dimension {
    /** 1 Sundhedsforhold: health. */
    SUNDHEDSFORHOLD(Side.BARNETS_UDVIKLING),
    /** 2 Udvikling og adfærd: development and behaviour. */
    UDVIKLING_OG_ADFAERD(Side.BARNETS_UDVIKLING),
    /** 3 Dagtilbud, skoleforhold og læring: day care, school and learning. */
    DAGTILBUD_SKOLEFORHOLD_OG_LAERING(Side.BARNETS_UDVIKLING),
    /** 4 Fritidsforhold og venskaber: leisure and friendships. */
    FRITIDSFORHOLD_OG_VENSKABER(Side.BARNETS_UDVIKLING),
    /** 5 Trygt omsorgsmiljø: safe care environment. */
    TRYGT_OMSORGSMILJOE(Side.FORAELDREKOMPETENCER),
    /** 6 Stimulering og vejledning: stimulation and guidance. */
    STIMULERING_OG_VEJLEDNING(Side.FORAELDREKOMPETENCER),
    /** 7 Understøttelse af relationer: support of relationships. */
    UNDERSTOETTELSE_AF_RELATIONER(Side.FORAELDREKOMPETENCER),
    /** 8 Familieforhold og baggrund: family relations and background. */
    FAMILIEFORHOLD_OG_BAGGRUND(Side.FAMILIE_OG_NETVAERK),
    /** 9 Bolig, beskæftigelse og økonomi: housing, employment and finances. */
    BOLIG_BESKAEFTIGELSE_OG_OEKONOMI(Side.FAMILIE_OG_NETVAERK),
    /** 10 Socialt netværk: social network. */
    SOCIALT_NETVAERK(Side.FAMILIE_OG_NETVAERK);

    private static final Map<Side, List<Dimension>> BY_SIDE;

    static {
        Map<Side, List<Dimension>> m = new EnumMap<>(Side.class);
        for (Side s : Side.values()) {
            List<Dimension> l = new ArrayList<>();
            for (Dimension d : values()) {
                if (d.side == s) {
                    l.add(d);
                }
            }
            m.put(s, Collections.unmodifiableList(l));
        }
        BY_SIDE = Collections.unmodifiableMap(m);
    }

    private final Side side;

    Dimension(Side side) {
        this.side = side;
    }

    /** The stable code, e.g. {@code SUNDHEDSFORHOLD}. */
    public String code() {
        return name();
    }

    /** The dimension's number on the triangle, 1 to 10. */
    public int number() {
        return ordinal() + 1;
    }

    /** The side the dimension belongs to. */
    public Side side() {
        return side;
    }

    /** The dimension's label in Danish and English. */
    public LocalizedText label() {
        return Labels.dimension(this);
    }

    /** The dimensions of a side, in triangle order. */
    public static List<Dimension> onSide(Side side) {
        return BY_SIDE.get(side);
    }

    /**
     * The dimension with the given code (exact, as written by {@link #code()}).
     *
     * @throws dk.ics.model.IcsUnknownCodeException naming the known codes
     */
    public static Dimension fromCode(String code) {
        return Codes.lookup(Dimension.class, code, "dimension");
    }

    /**
     * The dimension with the given label in Danish or English, matched case-insensitively and accepting the known
     * spelling variants (capitalisation, "&amp;" for "og", extra spaces and punctuation, æ/ø/å written ae/oe/aa).
     *
     * @throws dk.ics.model.IcsUnknownCodeException when no dimension has that label
     */
    public static Dimension fromLabel(String label) {
        return Labels.dimensionByLabel(label);
    }
}
