package dk.ics.model.focus;

import dk.ics.model.LocalizedText;
import dk.ics.model.internal.ReferenceData;

/**
 * What a focus-area catalogue is: its id, version, title, whether it is illustrative, and where it comes from.
 *
 * @param id           the catalogue's id
 * @param version      the catalogue's version
 * @param title        the title in Danish and English
 * @param illustrative {@code true} for an example catalogue (like the library's built-in one), {@code false} for an
 *                     official or a municipality's own; required, so that no catalogue is mistaken for the official
 *                     one by default; never null in a valid value
 * @param source       where the texts come from
 */
public record CatalogueInfo(String id, String version, LocalizedText title, Boolean illustrative,
        LocalizedText source) {

    /** Checks that every field is present. */
    public CatalogueInfo {
        ReferenceData.require(id != null && !id.isBlank(), "/id", "missing id");
        ReferenceData.require(version != null && !version.isBlank(), "/version", "missing version");
        ReferenceData.require(title != null, "/title", "missing title");
        ReferenceData.require(illustrative != null, "/illustrative", "missing: expected true or false");
        ReferenceData.require(source != null, "/source", "missing source");
    }
}
