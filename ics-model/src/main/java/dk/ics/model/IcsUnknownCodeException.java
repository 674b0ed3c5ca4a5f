package dk.ics.model;

import dk.ics.model.internal.SafeText;
import java.util.List;

/**
 * A code the library does not know: a dimension, a template id or version, a rule, a statement id. The message
 * names the kind of code and the codes that are known. The unknown code itself is echoed only when it looks like a
 * code (letters, digits, {@code _ . -}, at most 64 characters), so a misplaced value never reaches a message.
 */
public class IcsUnknownCodeException extends IcsException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final transient List<String> known;

    /**
     * Creates the exception.
     *
     * @param location where the code was read
     * @param kind     what kind of code, e.g. {@code "dimension"} or {@code "template id"}
     * @param code     the code as given (echoed only if it looks like a code)
     * @param known    the codes that are known (may be empty when the list would be too long)
     */
    public IcsUnknownCodeException(Location location, String kind, String code, List<String> known) {
        super(location, "unknown " + kind + " " + SafeText.code(code) + knownList(known));
        this.kind = kind;
        this.known = List.copyOf(known);
    }

    /** What kind of code was unknown. */
    public String kind() {
        return kind;
    }

    /** The codes that are known. */
    public List<String> known() {
        return known;
    }

    private static String knownList(List<String> known) {
        if (known.isEmpty()) {
            return "";
        }
        int shown = Math.min(known.size(), 40);
        String list = String.join(", ", known.subList(0, shown));
        return "; expected one of: " + list + (known.size() > shown ? ", … (" + known.size() + " in all)" : "");
    }
}
