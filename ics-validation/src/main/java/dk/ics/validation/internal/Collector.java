package dk.ics.validation.internal;

import dk.ics.model.Finding;
import dk.ics.model.LocalizedText;
import dk.ics.model.Severity;
import dk.ics.model.law.LegalReference;
import dk.ics.validation.spi.RuleCheck;
import dk.ics.validation.spi.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The {@link RuleCheck} one rule reports to in one validation: stamps code, severity, basis and beacon. */
public final class Collector implements RuleCheck {

    /** The code of a finding saying that a rule could not be applied because the case context lacks something. */
    public static final String CONTEXT_MISSING = "ICS-CTX-MISSING";
    /** The code of a finding saying that a rule failed with an exception. */
    public static final String RULE_FAILED = "ICS-RULE-FAILED";

    private final RuleInfo info;
    private final Severity severity;
    private final Map<String, Integer> thresholds;
    private final Severity contextMissingSeverity;
    private final Texts texts;
    private final List<Finding> out;

    /**
     * Creates a collector.
     *
     * @param info                   the rule
     * @param severity               the rule's severity under the profile
     * @param thresholds             the thresholds the profile sets (others take their defaults)
     * @param contextMissingSeverity the severity of {@link #CONTEXT_MISSING} findings under the profile
     * @param texts                  the message texts findings are rendered with
     * @param out                    where findings go
     */
    public Collector(RuleInfo info, Severity severity, Map<String, Integer> thresholds,
            Severity contextMissingSeverity, Texts texts, List<Finding> out) {
        this.info = info;
        this.severity = severity;
        this.thresholds = thresholds;
        this.contextMissingSeverity = contextMissingSeverity;
        this.texts = texts;
        this.out = out;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public int threshold(String name) {
        Integer set = thresholds.get(name);
        if (set != null) {
            return set;
        }
        Integer def = info.thresholds().get(name);
        if (def == null) {
            throw new IllegalArgumentException("rule " + info.code() + " did not declare threshold " + name);
        }
        return def;
    }

    @Override
    public void report(String pointer, String messageKey, LocalizedText message, List<String> arguments) {
        out.add(new Finding(info.code(), severity, Objects.requireNonNull(pointer, "pointer"),
                Objects.requireNonNull(messageKey, "messageKey"), arguments, info.basis(), info.beacon(),
                Objects.requireNonNull(message, "message")));
    }

    @Override
    public void report(String pointer, String messageKey, String... arguments) {
        List<String> args = List.of(arguments);
        report(pointer, messageKey, texts.message(messageKey, args), args);
    }

    @Override
    public void report(LegalReference basis, String pointer, String messageKey, String... arguments) {
        List<String> args = List.of(arguments);
        out.add(new Finding(info.code(), severity, Objects.requireNonNull(pointer, "pointer"),
                Objects.requireNonNull(messageKey, "messageKey"), args, basis.citation(), info.beacon(),
                texts.message(messageKey, args)));
    }

    @Override
    public void contextMissing(String what) {
        List<String> args = List.of(info.code(), what);
        out.add(new Finding(CONTEXT_MISSING, contextMissingSeverity, "", CONTEXT_MISSING, args, info.basis(),
                info.beacon(), texts.message(CONTEXT_MISSING, args)));
    }

    /** Reports that the rule failed with an exception (whose message is not used: it could carry a value). */
    public void failed(Throwable e, Severity failedSeverity) {
        List<String> args = List.of(info.code(), e.getClass().getSimpleName());
        out.add(new Finding(RULE_FAILED, failedSeverity, "", RULE_FAILED, args, info.basis(), info.beacon(),
                texts.message(RULE_FAILED, args)));
    }
}
