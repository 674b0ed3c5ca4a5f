package dk.ics.model.triangle;

import dk.ics.model.LocalizedText;
import java.util.List;

/**
 * The three sides of the Danish ICS triangle before 2019 ({@link IcsVersion#PRE_2019}), which followed the English
 * Assessment Framework closely. Used to read old documents and to migrate them with {@link DimensionMigration}.
 */
public enum LegacySide {
    /** Barnets udviklingsmæssige behov: the child's developmental needs. */
    BARNETS_UDVIKLINGSMAESSIGE_BEHOV,
    /** Forældrekompetencer: parenting capacity. */
    FORAELDREKOMPETENCER,
    /** Familieforhold – familie og omgivelser: family and environmental factors. */
    FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER;

    /** The stable code, e.g. {@code FORAELDREKOMPETENCER}. */
    public String code() {
        return name();
    }

    /** The side's label in Danish and English. */
    public LocalizedText label() {
        return LegacyLabels.side(this);
    }

    /** The side's dimensions, in their order. */
    public List<LegacyDimension> dimensions() {
        return LegacyDimension.onSide(this);
    }

    /** The side with the given code. */
    public static LegacySide fromCode(String code) {
        return Codes.lookup(LegacySide.class, code, "legacy side");
    }
}
