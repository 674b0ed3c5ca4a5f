package dk.ics.test;

import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.Conformance;
import dk.ics.templates.Role;
import dk.ics.templates.Template;
import dk.ics.templates.TemplateRegistry;
import dk.ics.test.internal.Tables;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a template, above all a municipality's customised one: that it conforms to its base (every role of
 * the base kept, with its kind, cardinality and requiredness), and that it carries a role. Failure messages show the
 * conformance findings as a table.
 *
 * <pre>{@code
 * assertThat(registry.latest("bfu-eksempelkommune")).conformsToItsBaseIn(registry);
 * }</pre>
 */
public final class TemplateAssert extends AbstractAssert<TemplateAssert, Template> {

    TemplateAssert(Template actual) {
        super(actual, TemplateAssert.class);
    }

    /** Checks that the template conforms to a base template: no conformance errors (warnings are allowed). */
    public TemplateAssert conformsTo(Template base) {
        isNotNull();
        return conforms(Conformance.check(actual, base), base.ref().toString());
    }

    /** Checks that the template conforms to the base its {@code derivedFrom} names, looked up in a registry. */
    public TemplateAssert conformsToItsBaseIn(TemplateRegistry registry) {
        isNotNull();
        if (actual.derivedFrom().isEmpty()) {
            failWithMessage("%nExpecting template %s to name its base in derivedFrom, but it names none",
                    actual.ref());
        }
        return conforms(registry.conformance(actual), actual.derivedFrom().get().toString());
    }

    /** Assertions on the findings of the template's conformance to a base (errors and warnings). */
    public FindingReportAssert conformanceTo(Template base) {
        isNotNull();
        return new FindingReportAssert(Conformance.check(actual, base));
    }

    /** Checks that the template has a place for a role. */
    public TemplateAssert hasPlaceFor(Role role) {
        isNotNull();
        if (!actual.semanticMap().has(role)) {
            failWithMessage("%nExpecting template %s to have a place for %s, but it has none", actual.ref(), role);
        }
        return this;
    }

    /** Checks that the template has a place for a role on a dimension. */
    public TemplateAssert hasPlaceFor(Role role, Dimension dimension) {
        isNotNull();
        if (actual.semanticMap().entries(role, dimension).isEmpty()) {
            failWithMessage("%nExpecting template %s to have a place for %s on %s, but it has none", actual.ref(),
                    role, dimension.code());
        }
        return this;
    }

    private TemplateAssert conforms(FindingReport report, String base) {
        if (report.hasErrors()) {
            failWithMessage("%nExpecting template %s to conform to %s, but:%n%s", actual.ref(), base,
                    Tables.findings(report.findings(), Language.EN));
        }
        return this;
    }
}
