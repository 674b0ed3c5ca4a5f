package dk.ics.model.focus;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.age.AgeGroup;
import dk.ics.model.age.AgeGroups;
import dk.ics.model.internal.ReferenceData;
import dk.ics.model.internal.SafeText;
import dk.ics.model.triangle.Dimension;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The age-divided focus areas (de aldersopdelte fokusområder): for a child's age group, per dimension, the
 * statements of resources and risks that matter at that age.
 *
 * <p>The built-in catalogue ({@link #builtIn()}, the resource {@code focus-areas.json}) is <strong>written by this
 * library as an illustration</strong>, not the official text; its metadata says so ({@link
 * CatalogueInfo#illustrative()} is {@code true}). It covers every age group of {@link AgeGroups#standard()} and every
 * dimension with at least one resource and one risk. Load the official or a municipality's catalogue with
 * {@link #load(Path)}.
 *
 * <pre>{@code
 * Optional<AgeGroupFocus> f = FocusAreas.builtIn().forChild(birthDate, LocalDate.now());
 * f.ifPresent(x -> x.statements(Dimension.SUNDHEDSFORHOLD).forEach(s -> print(s.text().in(Language.DA))));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FocusAreas {

    private final FocusCatalogue catalogue;
    private final AgeGroups ageGroups;
    private final Map<String, Map<Dimension, List<FocusStatement>>> index;

    private FocusAreas(FocusCatalogue catalogue, AgeGroups ageGroups,
            Map<String, Map<Dimension, List<FocusStatement>>> index) {
        this.catalogue = catalogue;
        this.ageGroups = ageGroups;
        this.index = index;
    }

    /** The library's illustrative catalogue over the standard age groups. */
    public static FocusAreas builtIn() {
        return BuiltIn.AREAS;
    }

    /** Loads the built-in catalogue on first use. */
    private static final class BuiltIn {
        static final FocusAreas AREAS = of(ReferenceData.resource(FocusAreas.class,
                "/dk/ics/model/focus/focus-areas.json", FocusCatalogue.class), AgeGroups.standard(), null);
    }

    /**
     * Loads a catalogue from a JSON file of the built-in format, over the standard age groups.
     *
     * @throws dk.ics.model.IcsException naming the file and the JSON Pointer when the file is unreadable or invalid
     *                                   (unknown dimension or age-group code, duplicate id, missing Danish text)
     */
    public static FocusAreas load(Path file) {
        return load(file, AgeGroups.standard());
    }

    /** Loads a catalogue from a JSON file over the given age groups (e.g. a municipality's own). */
    public static FocusAreas load(Path file, AgeGroups ageGroups) {
        FocusCatalogue c = ReferenceData.file(file, FocusCatalogue.class, ReadLimits.DEFAULTS);
        return of(c, ageGroups, file.toString());
    }

    /**
     * Focus areas from a catalogue already in memory over the given age groups.
     *
     * @throws IcsInvalidDataException when an entry names an age group that is not among {@code ageGroups}
     */
    public static FocusAreas of(FocusCatalogue catalogue, AgeGroups ageGroups) {
        return of(catalogue, ageGroups, null);
    }

    private static FocusAreas of(FocusCatalogue catalogue, AgeGroups ageGroups, String source) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(ageGroups, "ageGroups");
        Map<String, Map<Dimension, List<FocusStatement>>> index = new HashMap<>();
        List<FocusEntry> entries = catalogue.entries();
        for (int i = 0; i < entries.size(); i++) {
            FocusEntry e = entries.get(i);
            if (ageGroups.find(e.ageGroup()).isEmpty()) {
                Location at = (source == null ? Location.UNKNOWN : Location.of(source))
                        .withPointer("/entries/" + i + "/ageGroup");
                throw new IcsInvalidDataException(at, "unknown age group code " + SafeText.code(e.ageGroup())
                        + "; expected one of: " + String.join(", ", ageGroups.codes()));
            }
            index.computeIfAbsent(e.ageGroup(), k -> new EnumMap<>(Dimension.class)).put(e.dimension(),
                    e.statements());
        }
        return new FocusAreas(catalogue, ageGroups, index);
    }

    /** The catalogue's metadata: check {@link CatalogueInfo#illustrative()} before presenting it as official. */
    public CatalogueInfo info() {
        return catalogue.catalogue();
    }

    /** The whole catalogue, e.g. to write it as JSON. */
    public FocusCatalogue catalogue() {
        return catalogue;
    }

    /** The age groups the catalogue is read against. */
    public AgeGroups ageGroups() {
        return ageGroups;
    }

    /**
     * The focus areas for a child on a date: the child's age group and, per dimension, its statements.
     *
     * @param birthDate the birth date, or the expected birth date of an unborn child
     * @param onDate    the date on which to place the child
     * @return empty when the child is older than the last age group (see {@link AgeGroups#ageGroupOf})
     */
    public Optional<AgeGroupFocus> forChild(LocalDate birthDate, LocalDate onDate) {
        return ageGroups.ageGroupOf(birthDate, onDate).map(this::forAgeGroup);
    }

    /** The focus areas of an age group, per dimension. */
    public AgeGroupFocus forAgeGroup(AgeGroup ageGroup) {
        return new AgeGroupFocus(ageGroup, info(), index.getOrDefault(ageGroup.code(), Map.of()));
    }

    /** The statements of an age group on a dimension (empty when the catalogue has none). */
    public List<FocusStatement> statements(AgeGroup ageGroup, Dimension dimension) {
        return statements(ageGroup.code(), dimension);
    }

    /** The statements of an age group, by code, on a dimension (empty when the catalogue has none). */
    public List<FocusStatement> statements(String ageGroupCode, Dimension dimension) {
        return index.getOrDefault(ageGroupCode, Map.of()).getOrDefault(dimension, List.of());
    }

    /** Every statement of the catalogue, in catalogue order. */
    public List<FocusStatement> allStatements() {
        List<FocusStatement> out = new ArrayList<>();
        catalogue.entries().forEach(e -> out.addAll(e.statements()));
        return out;
    }
}
