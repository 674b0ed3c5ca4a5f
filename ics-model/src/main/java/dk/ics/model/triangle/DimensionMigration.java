package dk.ics.model.triangle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.ics.model.LocalizedText;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map from the triangle before 2019 ({@link LegacyDimension}) to the 2019 triangle ({@link Dimension}), for
 * reading and migrating old investigations. Many-to-many: one legacy dimension may go to several 2019 dimensions,
 * and a 2019 dimension gathers several legacy ones. Targets marked {@link MigrationTarget#needsReview()} must be
 * confirmed by a person.
 *
 * <p><strong>This map is ours</strong>, a modelling decision of this library with no official source behind it: the
 * Danish authorities publish no such mapping. It is therefore data, the resource {@code dimension-migration.json},
 * and a municipality can load its own with {@link #load(Path)}. A map is valid when every legacy dimension has
 * exactly one rule with at least one target; a file that breaks this is refused whole.
 *
 * <pre>{@code
 * List<MigrationTarget> t = DimensionMigration.standard().targetsOf(LegacyDimension.FOELELSESMAESSIG_VARME);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       the map's id
 * @param version  the map's version
 * @param note     what the map is and where it comes from
 * @param mappings one rule per legacy dimension
 */
public record DimensionMigration(String id, String version, LocalizedText note, List<MigrationRule> mappings) {

    /** Checks that every legacy dimension has exactly one rule. */
    public DimensionMigration {
        ReferenceData.require(id != null && !id.isBlank(), "/id", "missing id");
        ReferenceData.require(version != null && !version.isBlank(), "/version", "missing version");
        ReferenceData.require(mappings != null, "/mappings", "missing mappings");
        mappings = List.copyOf(mappings);
        Set<LegacyDimension> seen = EnumSet.noneOf(LegacyDimension.class);
        for (int i = 0; i < mappings.size(); i++) {
            LegacyDimension from = mappings.get(i).from();
            ReferenceData.require(seen.add(from), "/mappings/" + i + "/from",
                    "legacy dimension " + from + " has more than one rule");
        }
        Set<LegacyDimension> missing = EnumSet.allOf(LegacyDimension.class);
        missing.removeAll(seen);
        ReferenceData.require(missing.isEmpty(), "/mappings", "no rule for legacy dimensions " + missing);
    }

    /** The library's own map (see the class comment: ours, not official). */
    public static DimensionMigration standard() {
        return Standard.MAP;
    }

    /** Loads the built-in map on first use. */
    private static final class Standard {
        static final DimensionMigration MAP = ReferenceData.resource(DimensionMigration.class,
                "/dk/ics/model/triangle/dimension-migration.json", DimensionMigration.class);
    }

    /**
     * Loads a map from a JSON file of the same format as the built-in one.
     *
     * @throws dk.ics.model.IcsException naming the file and the JSON Pointer when the file is unreadable or invalid
     */
    public static DimensionMigration load(Path file) {
        return ReferenceData.file(file, DimensionMigration.class, ReadLimits.DEFAULTS);
    }

    /** The 2019 targets of a legacy dimension, most likely first. */
    public List<MigrationTarget> targetsOf(LegacyDimension from) {
        return ruleOf(from).to();
    }

    /** The rule of a legacy dimension. */
    public MigrationRule ruleOf(LegacyDimension from) {
        for (MigrationRule r : mappings) {
            if (r.from() == from) {
                return r;
            }
        }
        throw new IllegalStateException("validated map lacks " + from);
    }

    /** The legacy dimensions whose content may end up in a 2019 dimension. */
    public Set<LegacyDimension> sourcesOf(Dimension dimension) {
        Set<LegacyDimension> out = EnumSet.noneOf(LegacyDimension.class);
        for (MigrationRule r : mappings) {
            if (r.to().stream().anyMatch(t -> t.dimension() == dimension)) {
                out.add(r.from());
            }
        }
        return out;
    }

    /** The map as a lookup, legacy dimension to its targets, in legacy order. */
    @JsonIgnore
    public Map<LegacyDimension, List<MigrationTarget>> asMap() {
        Map<LegacyDimension, List<MigrationTarget>> m = new EnumMap<>(LegacyDimension.class);
        for (MigrationRule r : mappings) {
            m.put(r.from(), r.to());
        }
        return m;
    }

    /** The legacy dimensions whose migration needs a person's review for at least one target. */
    public List<LegacyDimension> needingReview() {
        List<LegacyDimension> out = new ArrayList<>();
        for (MigrationRule r : mappings) {
            if (r.anyNeedsReview()) {
                out.add(r.from());
            }
        }
        return out;
    }
}
