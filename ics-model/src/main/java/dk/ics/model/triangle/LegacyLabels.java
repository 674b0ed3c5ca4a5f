package dk.ics.model.triangle;

import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.LocalizedText;
import dk.ics.model.Location;
import dk.ics.model.internal.MessageTexts;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The labels of the triangle before 2019, from the {@code legacy-labels} bundle, loaded once; lookup by label. */
final class LegacyLabels {

    private static final MessageTexts TEXTS =
            MessageTexts.load("/dk/ics/model/triangle/legacy-labels", LegacyLabels.class::getResourceAsStream);
    private static final Map<LegacySide, LocalizedText> SIDES = new EnumMap<>(LegacySide.class);
    private static final Map<LegacyDimension, LocalizedText> DIMENSIONS = new EnumMap<>(LegacyDimension.class);
    private static final Map<String, LegacyDimension> BY_NORMALISED_LABEL = new HashMap<>();

    static {
        for (LegacySide s : LegacySide.values()) {
            SIDES.put(s, TEXTS.render("side." + s.code()));
        }
        for (LegacyDimension d : LegacyDimension.values()) {
            LocalizedText t = TEXTS.render("dimension." + d.code());
            DIMENSIONS.put(d, t);
            BY_NORMALISED_LABEL.put(Labels.normalise(t.da()), d);
            BY_NORMALISED_LABEL.put(Labels.normalise(t.en()), d);
            BY_NORMALISED_LABEL.put(Labels.normalise(d.code()), d);
        }
    }

    private LegacyLabels() {
    }

    static LocalizedText side(LegacySide s) {
        return SIDES.get(s);
    }

    static LocalizedText dimension(LegacyDimension d) {
        return DIMENSIONS.get(d);
    }

    static LegacyDimension dimensionByLabel(String label) {
        LegacyDimension d = label == null ? null : BY_NORMALISED_LABEL.get(Labels.normalise(label));
        if (d == null) {
            throw new IcsUnknownCodeException(Location.UNKNOWN, "legacy dimension label", label,
                    Arrays.stream(LegacyDimension.values()).map(x -> x.label().da()).toList());
        }
        return d;
    }
}
