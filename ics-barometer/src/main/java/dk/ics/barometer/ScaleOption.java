package dk.ics.barometer;

import dk.ics.model.LocalizedText;
import java.util.List;

/**
 * One answer on the barometer's scale, e.g. <em>I høj grad</em> = 3 or <em>Ved ikke</em> with no value.
 *
 * @param code    the stable code, e.g. {@code I_HOEJ_GRAD}
 * @param value   the number it counts as, or {@code null} for an answer that carries no value (<em>Ved ikke</em>)
 * @param label   the words in Danish and English
 * @param aliases other spellings accepted when reading (e.g. {@code I hoej grad}); may be empty
 */
public record ScaleOption(String code, Integer value, LocalizedText label, List<String> aliases) {

    /** Copies the aliases; an absent list is empty. */
    public ScaleOption {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Whether this answer counts in a score. */
    public boolean hasValue() {
        return value != null;
    }
}
