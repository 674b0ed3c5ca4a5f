package dk.ics.model.internal;

import dk.ics.model.LocalizedText;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of the triangle's codes as a message shows them: a message argument that is a dimension or side code
 * ({@code TRYGT_OMSORGSMILJOE}) is rendered as its label (<em>Trygt omsorgsmiljø</em>), while the finding keeps the
 * code among its arguments for machines. Immutable and thread-safe.
 */
public final class CodeLabels {

    private static final Map<String, LocalizedText> LABELS = build();

    private CodeLabels() {
    }

    private static Map<String, LocalizedText> build() {
        Map<String, LocalizedText> m = new HashMap<>();
        for (Dimension d : Dimension.values()) {
            m.put(d.code(), d.label());
        }
        for (Side s : Side.values()) {
            m.put(s.code(), s.label());
        }
        return Map.copyOf(m);
    }

    /** The label of a dimension or side code, if the argument is one. */
    public static Optional<LocalizedText> of(String argument) {
        return Optional.ofNullable(argument == null ? null : LABELS.get(argument));
    }

    /** The argument as a message shows it: a dimension or side code as its label, anything else as it is. */
    public static LocalizedText shown(String argument) {
        LocalizedText label = argument == null ? null : LABELS.get(argument);
        return label != null ? label : new LocalizedText(String.valueOf(argument), String.valueOf(argument));
    }

    /** Every argument as a message shows it. */
    public static List<LocalizedText> shown(List<String> arguments) {
        return arguments.stream().map(CodeLabels::shown).toList();
    }
}
