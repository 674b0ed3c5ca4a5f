package dk.ics.model.triangle;

import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.Location;
import dk.ics.model.internal.MessageTexts;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The triangle's labels, from the {@code labels} resource bundle, loaded once; and lookup by label. */
final class Labels {

    private static final MessageTexts TEXTS =
            MessageTexts.load("/dk/ics/model/triangle/labels", Labels.class::getResourceAsStream);
    private static final Map<Side, LocalizedText> SIDES = new EnumMap<>(Side.class);
    private static final Map<Dimension, LocalizedText> DIMENSIONS = new EnumMap<>(Dimension.class);
    private static final Map<String, Dimension> BY_NORMALISED_LABEL = new HashMap<>();
    private static final LocalizedText CENTRE = TEXTS.render("centre");

    static {
        for (Side s : Side.values()) {
            SIDES.put(s, TEXTS.render("side." + s.code()));
        }
        for (Dimension d : Dimension.values()) {
            LocalizedText t = TEXTS.render("dimension." + d.code());
            DIMENSIONS.put(d, t);
            BY_NORMALISED_LABEL.put(normalise(t.da()), d);
            BY_NORMALISED_LABEL.put(normalise(t.en()), d);
            BY_NORMALISED_LABEL.put(normalise(d.code()), d);
            String variants = "variants." + d.code();
            if (TEXTS.has(variants)) {
                for (String v : TEXTS.render(variants).da().split("\\|")) {
                    BY_NORMALISED_LABEL.put(normalise(v), d);
                }
            }
        }
    }

    private Labels() {
    }

    static LocalizedText side(Side s) {
        return SIDES.get(s);
    }

    static LocalizedText dimension(Dimension d) {
        return DIMENSIONS.get(d);
    }

    static LocalizedText centre() {
        return CENTRE;
    }

    static Dimension dimensionByLabel(String label) {
        Dimension d = label == null ? null : BY_NORMALISED_LABEL.get(normalise(label));
        if (d == null) {
            throw new IcsUnknownCodeException(Location.UNKNOWN, "dimension label", label,
                    Arrays.stream(Dimension.values()).map(x -> x.label().in(Language.DA)).toList());
        }
        return d;
    }

    /** Folds case, æ/ø/å to ae/oe/aa, accents, "&amp;" to "og"/"and", and drops punctuation and spacing. */
    static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace("&", " og ").replace('_', ' ');
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^a-z0-9]+", "");
    }
}
