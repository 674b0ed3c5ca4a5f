package dk.ics.templates;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.Severity;
import dk.ics.templates.internal.Fields;
import dk.ics.templates.internal.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a customised template keeps the basic systematics of its base: for every role (with its dimension or
 * side) of the base, the derived template has it somewhere (fields may be renamed and moved), with a compatible
 * shape, nested in as many lists, and required wherever the base requires it. Extra roles and fields are allowed.
 *
 * <p>Findings: {@code TPL-CONF-MISSING-ROLE}, {@code TPL-CONF-TYPE}, {@code TPL-CONF-CARDINALITY} (ERROR) and
 * {@code TPL-CONF-NOT-REQUIRED} (WARNING); each names the role and its dimension or side. Pointers are the JSON
 * Pointer patterns of the place in the derived template's documents (in the base's, for a missing role).
 * Thread-safe (stateless).
 */
public final class Conformance {

    private Conformance() {
    }

    /** Checks a derived template against its base. */
    public static FindingReport check(Template derived, Template base) {
        List<Finding> out = new ArrayList<>();
        String basis = base.basis();
        for (SemanticKey key : base.semanticMap().keys()) {
            SemanticEntry b = base.semanticMap().entries(key).get(0);
            List<SemanticEntry> found = derived.semanticMap().entries(key);
            String role = key.role().code();
            String scope = key.scope().isEmpty() ? "" : " (" + key.scope() + ")";
            LocalizedText roleShown = Fields.roleLabel(key.role());
            LocalizedText scopeShown = scope(key);
            if (found.isEmpty()) {
                out.add(Messages.finding("TPL-CONF-MISSING-ROLE", Severity.ERROR, b.pattern(), "conf.missingRole",
                        List.of(role, scope, base.ref().toString()),
                        List.of(roleShown, scopeShown, same(base.ref().toString())), basis));
                continue;
            }
            SemanticEntry d = found.get(0);
            if (found.stream().noneMatch(e -> sameType(e.shape(), b.shape()))) {
                out.add(Messages.finding("TPL-CONF-TYPE", Severity.ERROR, d.pattern(), "conf.type",
                        List.of(role, scope, d.shape(), b.shape()), List.of(roleShown, scopeShown,
                                Fields.shapeLabel(d.shape()), Fields.shapeLabel(b.shape())), basis));
            } else if (found.stream().noneMatch(e -> e.arrayDepth() == b.arrayDepth())) {
                List<String> args = List.of(role, scope, Integer.toString(d.arrayDepth()),
                        Integer.toString(b.arrayDepth()));
                out.add(Messages.finding("TPL-CONF-CARDINALITY", Severity.ERROR, d.pattern(), "conf.cardinality",
                        args, List.of(roleShown, scopeShown, same(args.get(2)), same(args.get(3))), basis));
            }
            if (b.required() && found.stream().noneMatch(SemanticEntry::required)) {
                out.add(Messages.finding("TPL-CONF-NOT-REQUIRED", Severity.WARNING, d.pattern(), "conf.notRequired",
                        List.of(role, scope), List.of(roleShown, scopeShown), basis));
            }
        }
        return FindingReport.of(out);
    }

    /** The dimension or side of a key as a message shows it: " (Sundhedsforhold)", or nothing. */
    private static LocalizedText scope(SemanticKey key) {
        LocalizedText label = key.dimension() != null ? key.dimension().label()
                : key.side() != null ? key.side().label() : null;
        return label == null ? same("") : new LocalizedText(" (" + label.da() + ")", " (" + label.in(Language.EN)
                + ")");
    }

    private static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    /** Shapes agree on type, item type and date format; an enum may be added or dropped on a text. */
    private static boolean sameType(String derived, String base) {
        return derived.replace("(enum)", "").equals(base.replace("(enum)", ""));
    }
}
