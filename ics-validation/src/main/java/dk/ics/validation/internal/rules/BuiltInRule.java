package dk.ics.validation.internal.rules;

import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.templates.BoundDocument;
import dk.ics.validation.CaseContext;
import dk.ics.validation.internal.Texts;
import dk.ics.validation.spi.Rule;
import dk.ics.validation.spi.RuleCheck;
import dk.ics.validation.spi.RuleInfo;
import dk.ics.model.law.LegalReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The common part of the built-in rules: metadata from the module's texts, and reading through {@link Doc}. */
abstract class BuiltInRule implements Rule {

    private final RuleInfo info;

    BuiltInRule(String code, Severity severity, QualityBeacon beacon, String method, List<LegalReference> references,
            Set<CaseStep> steps, Map<String, Integer> thresholds) {
        this.info = new RuleInfo(code, severity, beacon, basis(method, references), steps,
                Texts.render(code + ".description"), thresholds, references);
    }

    /** A rule resting on a section of the law. */
    BuiltInRule(String code, Severity severity, QualityBeacon beacon, LegalReference reference, Set<CaseStep> steps) {
        this(code, severity, beacon, null, List.of(reference), steps, Map.of());
    }

    /** A rule resting on the ICS method alone, e.g. {@code ICS: tragtmodellen}. */
    BuiltInRule(String code, Severity severity, QualityBeacon beacon, String method, Set<CaseStep> steps) {
        this(code, severity, beacon, method, List.of(), steps, Map.of());
    }

    /** The basis as printed: the references cited together ({@link LegalReference#citeAll}), then the method. */
    static String basis(String method, List<LegalReference> references) {
        List<String> parts = new ArrayList<>();
        if (!references.isEmpty()) {
            parts.add(LegalReference.citeAll(references));
        }
        if (method != null) {
            parts.add(method);
        }
        return String.join("; ", parts);
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final boolean appliesTo(BoundDocument document) {
        return applies(Doc.of(document));
    }

    @Override
    public final void check(BoundDocument document, CaseContext context, RuleCheck check) {
        check(Doc.of(document), context, check);
    }

    /** Whether the rule applies to a document of one of its steps; all of them by default. */
    boolean applies(Doc doc) {
        return true;
    }

    /** Checks the document. */
    abstract void check(Doc doc, CaseContext context, RuleCheck out);

    /** The code of the rule, for message keys. */
    final String key(String variant) {
        return info.code() + "." + variant;
    }

    @Override
    public String toString() {
        return "Rule[" + info.code() + "]";
    }
}
