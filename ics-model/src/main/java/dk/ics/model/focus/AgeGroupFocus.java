package dk.ics.model.focus;

import dk.ics.model.age.AgeGroup;
import dk.ics.model.triangle.Dimension;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The focus areas for one age group: per dimension, in triangle order, the statements of the catalogue.
 *
 * @param ageGroup    the age group
 * @param catalogue   the catalogue the statements come from (check {@link CatalogueInfo#illustrative()})
 * @param byDimension the statements per dimension; every dimension is present, with an empty list when the
 *                    catalogue has nothing for it
 */
public record AgeGroupFocus(AgeGroup ageGroup, CatalogueInfo catalogue,
        Map<Dimension, List<FocusStatement>> byDimension) {

    /** Copies the map into triangle order and fills in the dimensions without statements. */
    public AgeGroupFocus {
        Map<Dimension, List<FocusStatement>> m = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            List<FocusStatement> l = byDimension == null ? null : byDimension.get(d);
            m.put(d, l == null ? List.of() : List.copyOf(l));
        }
        byDimension = Collections.unmodifiableMap(m);
    }

    /** The statements on a dimension (empty when the catalogue has none). */
    public List<FocusStatement> statements(Dimension dimension) {
        return byDimension.get(dimension);
    }
}
