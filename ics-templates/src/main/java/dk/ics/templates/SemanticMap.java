package dk.ics.templates;

import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A template's semantic map: for each role (with its dimension or side) the places in a document where it lives.
 * Built when the template loads, by following the template's {@code x-ics} annotations through {@code $ref}s.
 * Immutable and thread-safe.
 */
public final class SemanticMap {

    private final List<SemanticEntry> entries;
    private final Map<SemanticKey, List<SemanticEntry>> byKey;

    /** A map of the given entries, in the given order. */
    public SemanticMap(List<SemanticEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<SemanticKey, List<SemanticEntry>> m = new LinkedHashMap<>();
        for (SemanticEntry e : this.entries) {
            m.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Collections.unmodifiableMap(m);
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
        return entries.stream().filter(e -> e.role() == role).toList();
    }

    /** The places of a role on a dimension. */
    public List<SemanticEntry> entries(Role role, Dimension dimension) {
        return entries(new SemanticKey(role, dimension, null));
    }

    /** The places of a role on a side. */
    public List<SemanticEntry> entries(Role role, Side side) {
        return entries(new SemanticKey(role, null, side));
    }

    /** Whether the template carries a role anywhere. */
    public boolean has(Role role) {
        return entries.stream().anyMatch(e -> e.role() == role);
    }

    /** The dimensions the template has a place for (from every dimension-carrying role), in triangle order. */
    public Set<Dimension> dimensions() {
        Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        entries.forEach(e -> {
            if (e.key().dimension() != null) {
                out.add(e.key().dimension());
            }
        });
        return Collections.unmodifiableSet(out);
    }

    @Override
    public String toString() {
        return "SemanticMap[" + entries.size() + " places, " + byKey.size() + " keys]";
    }
}
