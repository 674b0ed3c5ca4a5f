package dk.ics.templates;

import java.util.Objects;

/**
 * A reference to one version of a template: what a document's {@code template} envelope and a template's
 * {@code derivedFrom} hold.
 *
 * @param id      the template id, e.g. {@code bfu}
 * @param version the version
 */
public record TemplateRef(String id, TemplateVersion version) {

    /** Checks that both parts are present. */
    public TemplateRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    /** A reference from an id and a version text. */
    public static TemplateRef of(String id, String version) {
        return new TemplateRef(id, TemplateVersion.parse(version));
    }

    /** The form {@code id@version}, e.g. {@code bfu@1.0.0}. */
    @Override
    public String toString() {
        return id + "@" + version;
    }
}
