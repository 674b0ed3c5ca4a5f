package dk.ics.validation.internal;

import dk.ics.model.Finding;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.templates.BoundDocument;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.Rule;
import dk.ics.validation.spi.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules a profile switched on over one bound document, each with its profile settings, isolating each rule:
 * a rule that throws yields one {@code ICS-RULE-FAILED} finding and none of its partial findings, and the other
 * rules still run. Immutable and thread-safe.
 */
public final class RuleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRunner.class);

    /**
     * A rule with its settings under the profile.
     *
     * @param rule       the rule
     * @param severity   the severity of its findings
     * @param thresholds the thresholds the profile sets
     */
    public record Active(Rule rule, Severity severity, Map<String, Integer> thresholds) {

        /** Copies the thresholds. */
        public Active {
            thresholds = Map.copyOf(thresholds);
        }
    }

    private final List<Active> rules;
    private final Severity contextMissingSeverity;
    private final Severity ruleFailedSeverity;
    private final boolean lowerForDrafts;
    private final Texts texts;

    /**
     * Creates a runner.
     *
     * @param rules                  the active rules, in the order to run them
     * @param contextMissingSeverity the severity of {@code ICS-CTX-MISSING} findings
     * @param ruleFailedSeverity     the severity of {@code ICS-RULE-FAILED} findings
     * @param lowerForDrafts         whether errors in a draft document are reported as warnings
     * @param texts                  the message texts findings are rendered with
     */
    public RuleRunner(List<Active> rules, Severity contextMissingSeverity, Severity ruleFailedSeverity,
            boolean lowerForDrafts, Texts texts) {
        this.rules = List.copyOf(rules);
        this.contextMissingSeverity = contextMissingSeverity;
        this.ruleFailedSeverity = ruleFailedSeverity;
        this.lowerForDrafts = lowerForDrafts;
        this.texts = texts;
    }

    /** The active rules. */
    public List<Active> rules() {
        return rules;
    }

    /**
     * Runs the rules of the document's step over it.
     *
     * @param document the bound document
     * @param step     the case step of the document's template
     * @param isDraft  whether the document is a draft (its errors become warnings)
     * @param context  the case context
     * @return the findings, in rule order
     */
    public List<Finding> run(BoundDocument document, CaseStep step, boolean isDraft, CaseContext context) {
        List<Finding> all = new ArrayList<>();
        for (Active a : rules) {
            RuleInfo info = a.rule().info();
            if (!info.appliesTo(step)) {
                continue;
            }
            List<Finding> mine = new ArrayList<>();
            Severity severity = isDraft && lowerForDrafts && a.severity() == Severity.ERROR ? Severity.WARNING
                    : a.severity();
            Collector c = new Collector(info, severity, a.thresholds(), contextMissingSeverity, texts, mine);
            try {
                if (a.rule().appliesTo(document)) {
                    a.rule().check(document, context, c);
                }
                all.addAll(mine);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                // Only the class of the failure is kept: an exception message could quote document values.
                LOG.debug("rule {} failed with {}", info.code(), e.getClass().getName());
                List<Finding> failure = new ArrayList<>(1);
                new Collector(info, severity, a.thresholds(), contextMissingSeverity, texts, failure)
                        .failed(e, ruleFailedSeverity);
                all.addAll(failure);
            }
        }
        return all;
    }
}
