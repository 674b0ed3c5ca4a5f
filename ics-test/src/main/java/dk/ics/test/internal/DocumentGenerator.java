package dk.ics.test.internal;

import dk.ics.templates.Role;
import dk.ics.templates.SemanticEntry;
import dk.ics.templates.Template;
import dk.ics.templates.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills a valid document with generated Danish texts: every free text and list of texts is rewritten by role, while
 * dates, codes, flags and the ids that tie goals, measures and follow-ups together stay, so the document stays valid
 * in its case. The child gets a new pseudonymous id. Stateless.
 */
public final class DocumentGenerator {

    /** Texts that are references or ids, not prose: rewriting them would break the document. */
    private static final Set<Role> KEPT = Set.of(Role.GOAL_ID, Role.FOLLOW_UP_GOAL_REF, Role.MEASURE_GOAL_REFS);

    private DocumentGenerator() {
    }

    /** Rewrites the texts of a document tree in place, from a random source for that document alone. */
    public static void fill(Template template, ObjectNode tree, long seed, int index) {
        SplittableRandom r = new SplittableRandom(Seeds.mix(seed ^ 0xD0C5L, index));
        for (SemanticEntry e : template.semanticMap().entries()) {
            if (KEPT.contains(e.role())) {
                continue;
            }
            if (e.role() == Role.CHILD_REF) {
                // A pseudonym per document: letters and at most 8 hex digits, never CPR-shaped.
                Trees.set(tree, e.pattern(), Trees.value("barn-" + Seeds.hex(r.nextLong(), 8)));
                continue;
            }
            if (e.kind() == ValueKind.TEXT) {
                for (String p : concrete(tree, e.pattern())) {
                    if (Trees.values(tree, p).get(0).isString()) {
                        Trees.set(tree, p, Trees.value(DanishText.text(r, 4)));
                    }
                }
            } else if (e.kind() == ValueKind.TEXT_LIST) {
                for (String p : concrete(tree, e.pattern())) {
                    List<String> items = new ArrayList<>();
                    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                        items.add(DanishText.sentence(r));
                    }
                    Trees.set(tree, p, Trees.value(items));
                }
            }
        }
    }

    /** Every concrete pointer a pattern matches in the tree. */
    private static List<String> concrete(ObjectNode tree, String pattern) {
        int star = pattern.indexOf("/*");
        if (star < 0) {
            return Trees.exists(tree, pattern) ? List.of(pattern) : List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode array : Trees.values(tree, pattern.substring(0, star))) {
            for (int i = 0; i < array.size(); i++) {
                out.addAll(concrete(tree, Trees.item(pattern, i)));
            }
        }
        return out;
    }
}
