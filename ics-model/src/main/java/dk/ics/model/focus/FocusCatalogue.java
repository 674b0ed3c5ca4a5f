package dk.ics.model.focus;

import dk.ics.model.internal.ReferenceData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A focus-area catalogue as stored in JSON: its metadata and its entries (age group × dimension → statements).
 * The format of the built-in {@code focus-areas.json} and of an official or municipal catalogue.
 *
 * <p>Valid when every statement id is unique in the catalogue and each age group × dimension appears at most once.
 * Whether the age-group codes exist depends on the age groups in use and is checked by {@link FocusAreas#of}. A
 * catalogue need not cover every age group and dimension; the built-in one does.
 *
 * @param catalogue the metadata
 * @param entries   the entries
 */
public record FocusCatalogue(CatalogueInfo catalogue, List<FocusEntry> entries) {

    /** Checks for duplicate statement ids and duplicate age group × dimension entries. */
    public FocusCatalogue {
        ReferenceData.require(catalogue != null, "/catalogue", "missing catalogue metadata");
        ReferenceData.require(entries != null, "/entries", "missing entries");
        entries = List.copyOf(entries);
        Set<String> ids = new HashSet<>();
        Map<String, Integer> cells = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            FocusEntry e = entries.get(i);
            Integer earlier = cells.putIfAbsent(e.ageGroup() + "/" + e.dimension(), i);
            ReferenceData.require(earlier == null, "/entries/" + i,
                    "age group and dimension already given in /entries/" + earlier);
            for (int j = 0; j < e.statements().size(); j++) {
                ReferenceData.require(ids.add(e.statements().get(j).id()), "/entries/" + i + "/statements/" + j
                        + "/id", "statement id appears twice");
            }
        }
    }
}
