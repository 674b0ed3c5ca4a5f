package dk.ics.templates;

import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A template's semantic map: for each role (with its dimension or side) the places in a document where it lives.
 * Built when the template loads, by following the template's {@code x-ics} annotations through {@code $ref}s.
 * Immutable and thread-safe.
 */
public final class SemanticMap {

    private final List<SemanticEntry> entries;
    private final Map<SemanticKey, List<SemanticEntry>> byKey;
    /** The lookups rules make many times per document, worked out once: by role, by role and dimension or side. */
    private final Map<Role, List<SemanticEntry>> byRole;
    private final Map<Role, Map<Dimension, List<SemanticEntry>>> byDimension;
    private final Map<Role, Map<Side, List<SemanticEntry>>> bySide;
    private final Set<Dimension> dimensions;

    /** A map of the given entries, in the given order. */
    public SemanticMap(List<SemanticEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<SemanticKey, List<SemanticEntry>> m = new LinkedHashMap<>();
        for (SemanticEntry e : this.entries) {
            m.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Collections.unmodifiableMap(m);
        Map<Role, List<SemanticEntry>> roles = new EnumMap<>(Role.class);
        Map<Role, Map<Dimension, List<SemanticEntry>>> dims = new EnumMap<>(Role.class);
        Map<Role, Map<Side, List<SemanticEntry>>> sides = new EnumMap<>(Role.class);
        Set<Dimension> ds = EnumSet.noneOf(Dimension.class);
        for (SemanticEntry e : this.entries) {
            roles.computeIfAbsent(e.role(), r -> new ArrayList<>()).add(e);
            if (e.key().dimension() != null) {
                ds.add(e.key().dimension());
            }
        }
        roles.replaceAll((k, v) -> List.copyOf(v));
        m.forEach((k, v) -> {
            if (k.dimension() != null && k.side() == null) {
                dims.computeIfAbsent(k.role(), r -> new EnumMap<>(Dimension.class)).put(k.dimension(), v);
            } else if (k.side() != null && k.dimension() == null) {
                sides.computeIfAbsent(k.role(), r -> new EnumMap<>(Side.class)).put(k.side(), v);
            }
        });
        this.byRole = roles;
        this.byDimension = dims;
        this.bySide = sides;
        this.dimensions = Collections.unmodifiableSet(ds);
    }

    /** Every entry, in template order. */
    public List<SemanticEntry> entries() {
        return entries;
    }

    /** The keys (role, dimension, side) the template carries, in template order. */
    public Set<SemanticKey> keys() {
        return byKey.keySet();
    }

    /** The places of one key; empty when the template does not carry it. */
    public List<SemanticEntry> entries(SemanticKey key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The places of a role, whatever its dimension or side. */
    public List<SemanticEntry> entries(Role role) {
        return byRole.getOrDefault(role, List.of());
    }

    /** The places of a role on a dimension. */
    public List<SemanticEntry> entries(Role role, Dimension dimension) {
        if (dimension == null) {
            return entries(new SemanticKey(role, null, null));
        }
        Map<Dimension, List<SemanticEntry>> m = byDimension.get(Objects.requireNonNull(role, "role"));
        return m == null ? List.of() : m.getOrDefault(dimension, List.of());
    }

    /** The places of a role on a side. */
    public List<SemanticEntry> entries(Role role, Side side) {
        if (side == null) {
            return entries(new SemanticKey(role, null, null));
        }
        Map<Side, List<SemanticEntry>> m = bySide.get(Objects.requireNonNull(role, "role"));
        return m == null ? List.of() : m.getOrDefault(side, List.of());
    }

    /** Whether the template carries a role anywhere. */
    public boolean has(Role role) {
        return byRole.containsKey(role);
    }

    /** The dimensions the template has a place for (from every dimension-carrying role), in triangle order. */
    public Set<Dimension> dimensions() {
        return dimensions;
    }

    @Override
    public String toString() {
        return "SemanticMap[" + entries.size() + " places, " + byKey.size() + " keys]";
    }
}
