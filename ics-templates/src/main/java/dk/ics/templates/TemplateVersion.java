package dk.ics.templates;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.internal.SafeText;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's semantic version {@code MAJOR.MINOR.PATCH}, ordered numerically ({@code 1.10.0} follows
 * {@code 1.9.0}).
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version
 */
public record TemplateVersion(int major, int minor, int patch) implements Comparable<TemplateVersion> {

    private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");
    private static final Comparator<TemplateVersion> ORDER = Comparator.comparingInt(TemplateVersion::major)
            .thenComparingInt(TemplateVersion::minor).thenComparingInt(TemplateVersion::patch);

    /** Checks that no part is negative. */
    public TemplateVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    /**
     * Parses {@code MAJOR.MINOR.PATCH}.
     *
     * @throws IcsInvalidDataException when the text is not a semantic version
     */
    public static TemplateVersion parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IcsInvalidDataException(Location.UNKNOWN,
                    "expected a version MAJOR.MINOR.PATCH, got " + SafeText.code(text));
        }
        return new TemplateVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(TemplateVersion other) {
        return ORDER.compare(this, other);
    }

    /** The version as {@code MAJOR.MINOR.PATCH}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
