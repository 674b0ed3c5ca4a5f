package dk.ics.validation;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.ReadLimits;
import dk.ics.model.Severity;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.DocumentStatus;
import dk.ics.templates.Template;
import dk.ics.templates.TemplateRegistry;
import dk.ics.validation.internal.CaseDocuments;
import dk.ics.validation.internal.Collector;
import dk.ics.validation.internal.RuleRunner;
import dk.ics.validation.internal.TemplateFindings;
import dk.ics.validation.internal.Texts;
import dk.ics.validation.internal.rules.BuiltInRules;
import dk.ics.validation.spi.Rule;
import dk.ics.validation.spi.RuleInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks case documents against ICS and the law: the template's schema checks, binding by ICS role, and the rules
 * of a municipality's profile over the document and its case context, in one {@link ValidationReport}.
 *
 * <p>Built once and shared: immutable and thread-safe. Templates are compiled by the registry and message texts
 * loaded when the validator is built, never per call.
 * <pre>{@code
 * IcsValidator validator = IcsValidator.builder()
 *         .registry(TemplateRegistry.builtIn())
 *         .profile(Profile.load(Path.of("kommune.json")))
 *         .language(Language.DA)
 *         .build();
 * ValidationReport report = validator.validate(CaseDocument.read(file), CaseContext.of(caseRecord, today));
 * }</pre>
 *
 * <p>In a draft document the rules' errors are reported as warnings (a draft is work in progress); a final document
 * gets the profile's severities. A profile sets the severity of template findings ({@code TPL-…}) too.
 *
 * <p><b>One problem, one finding.</b> When a template finding about missing content ({@code TPL-REQUIRED},
 * {@code TPL-EMPTY}) and a rule's finding have the same JSON Pointer, they report the same problem (the schema
 * requires the child's perspective there, and so does {@code ICS-BFU-006}); the report keeps the rule's finding
 * alone, with the rule's code, severity, message and basis. So a rule documented as a WARNING is never reported as
 * an ERROR because the template also requires the field. Findings at different pointers, and template findings of
 * another kind at the same pointer (a wrong type, an unknown code), are all kept: they are different problems.
 */
public final class IcsValidator {

    private static final Logger LOG = LoggerFactory.getLogger(IcsValidator.class);

    /** The codes of the validator's own findings, whose severity a profile may also set. */
    static final List<String> RESERVED_CODES = List.of(Collector.CONTEXT_MISSING, Collector.RULE_FAILED);

    private final TemplateRegistry registry;
    private final Profile profile;
    private final Language language;
    private final List<RuleInfo> rules;
    private final RuleRunner runner;
    private final Map<String, Severity> templateSeverities;
    private final DeadlineCalculator deadlineCalculator;

    private IcsValidator(TemplateRegistry registry, Profile profile, Language language, List<RuleInfo> rules,
            RuleRunner runner, Map<String, Severity> templateSeverities, DeadlineCalculator deadlineCalculator) {
        this.registry = registry;
        this.profile = profile;
        this.language = language;
        this.rules = rules;
        this.runner = runner;
        this.templateSeverities = templateSeverities;
        this.deadlineCalculator = deadlineCalculator;
    }

    /** A builder; with nothing set it builds the built-in templates, the default profile and Danish messages. */
    public static Builder builder() {
        return new Builder();
    }

    /** A validator with the built-in templates and rules, the default profile and Danish messages. */
    public static IcsValidator standard() {
        return builder().build();
    }

    /**
     * Validates a document in its case.
     *
     * @param document the document, read with {@link CaseDocument#parse} or {@link CaseDocument#read}
     * @param context  the case the document belongs to
     * @return the report
     * @throws dk.ics.model.IcsUnknownCodeException when the document's template is not in the registry
     */
    public ValidationReport validate(CaseDocument document, CaseContext context) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(context, "context");
        // One binding for the template's check and the rules: each place of the document is read once.
        BoundDocument bound = registry.bind(document);
        boolean draft = document.status() == DocumentStatus.DRAFT;
        FindingReport schema = registry.check(bound);
        // The deadline rules ask a calculator: the context's own, else this validator's (the profile's calendar).
        CaseContext judged = context.hasOwnDeadlineCalculator() ? context
                : context.toBuilder().deadlineCalculator(deadlineCalculator).build();
        List<Finding> ruleFindings = runner.run(bound, bound.template().step(), draft, judged);
        List<Finding> all = TemplateFindings.merge(
                TemplateFindings.withSeverities(schema.findings(), templateSeverities, draft), ruleFindings);
        LOG.debug("validated a document on {}: {} schema findings, {} rule findings", document.templateRef(),
                schema.findings().size(), ruleFindings.size());
        return new ValidationReport(document.templateRef().id(), document.templateRef().version().toString(),
                FindingReport.of(all), language);
    }

    /**
     * Validates the documents of one case together: each is judged in the given context, completed with the case's
     * other documents where the context does not name them (the latest investigation dated on or before a plan, the
     * latest plan dated on or before a follow-up).
     *
     * @param documents the case's documents, in any order
     * @param context   the case context shared by all of them
     * @return one report per document, in the order given
     */
    public List<ValidationReport> validateAll(List<CaseDocument> documents, CaseContext context) {
        Objects.requireNonNull(context, "context");
        List<BoundDocument> bound = documents.stream().map(registry::bind).toList();
        List<BoundDocument> bfus = bound.stream().filter(CaseDocuments::isBfu).toList();
        List<BoundDocument> plans = bound.stream().filter(CaseDocuments::isPlan).toList();
        List<ValidationReport> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            BoundDocument d = bound.get(i);
            CaseContext.Builder b = context.toBuilder();
            if (context.latestBfu().isEmpty()) {
                CaseDocuments.latestBefore(d, bfus).ifPresent(b::latestBfu);
            }
            if (context.plan().isEmpty()) {
                CaseDocuments.latestBefore(d, plans).ifPresent(b::plan);
            }
            out.add(validate(documents.get(i), b.build()));
        }
        return List.copyOf(out);
    }

    /** Reads a JSON file with the default read limits and validates it. */
    public ValidationReport validate(Path file, CaseContext context) {
        return validate(CaseDocument.read(file, ReadLimits.DEFAULTS), context);
    }

    /** Reads JSON bytes with the default read limits and validates them; {@code source} names them in errors. */
    public ValidationReport validate(byte[] json, String source, CaseContext context) {
        return validate(CaseDocument.parse(json, source, ReadLimits.DEFAULTS), context);
    }

    /** The registry of templates documents are checked against. */
    public TemplateRegistry registry() {
        return registry;
    }

    /** Binds a document to its template, e.g. to put it in a {@link CaseContext} as the latest BFU or the plan. */
    public BoundDocument bind(CaseDocument document) {
        return registry.bind(document);
    }

    /** The profile. */
    public Profile profile() {
        return profile;
    }

    /**
     * The calculator of the case's statutory deadlines: the one given to {@link Builder#deadlineCalculator}, else one
     * on the profile's working-day calendar ({@link Profile#calendar()}: which customary days are closed).
     */
    public DeadlineCalculator deadlineCalculator() {
        return deadlineCalculator;
    }

    /** The language of rendered messages. */
    public Language language() {
        return language;
    }

    /** Every rule the validator knows (switched on or not), built-in first, in run order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /**
     * The severities the profile sets for template findings ({@code TPL-…}), by code; a code not named keeps the
     * template's severity (missing content a WARNING in a draft and an ERROR in a final document, the rest ERROR).
     */
    public Map<String, Severity> templateSeverities() {
        return templateSeverities;
    }

    /** The rules the profile switched on, with the severity the profile gives them, in run order. */
    public Map<String, Severity> activeRules() {
        Map<String, Severity> out = new LinkedHashMap<>();
        runner.rules().forEach(a -> out.put(a.rule().info().code(), a.severity()));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "IcsValidator[" + profile + ", " + runner.rules().size() + " of " + rules.size() + " rules, "
                + language + "]";
    }

    /** Builds an {@link IcsValidator}. Not thread-safe; the validator it builds is. */
    public static final class Builder {

        private TemplateRegistry registry;
        private Profile profile = Profile.defaults();
        private Language language = Language.DA;
        private List<Rule> base = BuiltInRules.all();
        private final List<Rule> added = new ArrayList<>();
        private DeadlineCalculator deadlineCalculator;
        private Map<String, String> messagesDa = Map.of();
        private Map<String, String> messagesEn = Map.of();

        /**
         * A vendor's own wording for some of the rules' messages, by message key (e.g. {@code ICS-BFU-006.missing},
         * {@code ICS-CTX-MISSING}, {@code context.measureStartDate}), in Danish and English; the keys and the
         * placeholders {@code {0}}, {@code {1}} … are those of the module's {@code messages(_da).properties}. The
         * texts are checked when the validator is built.
         *
         * @throws IllegalArgumentException at {@link #build()} when a key is not one of the module's messages
         */
        public Builder messages(Map<String, String> danish, Map<String, String> english) {
            messagesDa = Map.copyOf(Objects.requireNonNull(danish, "danish"));
            messagesEn = Map.copyOf(Objects.requireNonNull(english, "english"));
            return this;
        }

        private Builder() {
        }

        /**
         * The calculator of statutory deadlines (its calendar, zone and child-talk period); when not set, the standard
         * calculator on the profile's calendar ({@link Profile#calendar()}).
         */
        public Builder deadlineCalculator(DeadlineCalculator value) {
            deadlineCalculator = Objects.requireNonNull(value, "deadlineCalculator");
            return this;
        }

        /** The templates to check documents against; the built-in templates when not set. */
        public Builder registry(TemplateRegistry value) {
            registry = Objects.requireNonNull(value, "registry");
            return this;
        }

        /** The municipality's profile; {@link Profile#defaults()} when not set. */
        public Builder profile(Profile value) {
            profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /** The language messages are rendered in; Danish when not set. */
        public Builder language(Language value) {
            language = Objects.requireNonNull(value, "language");
            return this;
        }

        /** The language of a locale: Danish for {@code da}, English otherwise. */
        public Builder locale(Locale value) {
            return language("da".equals(Objects.requireNonNull(value, "locale").getLanguage()) ? Language.DA
                    : Language.EN);
        }

        /** Replaces the built-in rules with these (rules added with {@link #addRule} come after them). */
        public Builder rules(Collection<? extends Rule> value) {
            base = List.copyOf(value);
            return this;
        }

        /** Adds a rule after the built-in ones. */
        public Builder addRule(Rule rule) {
            added.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Adds the rules registered for {@link ServiceLoader} with {@code dk.ics.validation.spi.Rule}. */
        public Builder loadServiceRules() {
            return loadServiceRules(ServiceLoader.load(Rule.class));
        }

        /** Adds the rules found by a {@link ServiceLoader} the host made (e.g. for its own class loader or layer). */
        public Builder loadServiceRules(ServiceLoader<Rule> loader) {
            loader.stream().map(ServiceLoader.Provider::get).forEach(this::addRule);
            return this;
        }

        /**
         * Builds the validator.
         *
         * @throws IllegalArgumentException          when two rules have the same code
         * @throws dk.ics.model.IcsUnknownCodeException when the profile names a rule or threshold that is not known
         */
        public IcsValidator build() {
            List<Rule> all = new ArrayList<>(base);
            all.addAll(added);
            Map<String, RuleInfo> byCode = new LinkedHashMap<>();
            for (Rule r : all) {
                RuleInfo info = Objects.requireNonNull(r.info(), "rule info");
                if (RESERVED_CODES.contains(info.code()) || byCode.putIfAbsent(info.code(), info) != null) {
                    throw new IllegalArgumentException("two rules have the code " + info.code());
                }
            }
            profile.checkAgainst(byCode, RESERVED_CODES, Template.FINDING_CODES);
            Map<String, Severity> templateSeverities = new LinkedHashMap<>();
            for (String code : Template.FINDING_CODES) {
                profile.severity(code).ifPresent(s -> templateSeverities.put(code, s));
            }
            List<RuleRunner.Active> active = new ArrayList<>();
            for (Rule r : all) {
                String code = r.info().code();
                if (profile.isEnabled(code)) {
                    active.add(new RuleRunner.Active(r, profile.severity(code).orElse(r.info().defaultSeverity()),
                            profile.thresholds(code)));
                }
            }
            RuleRunner runner = new RuleRunner(active,
                    profile.severity(Collector.CONTEXT_MISSING).orElse(Severity.WARNING),
                    profile.severity(Collector.RULE_FAILED).orElse(Severity.ERROR), true,
                    Texts.builtIn().withOverrides(messagesDa, messagesEn));
            TemplateRegistry reg = registry != null ? registry : TemplateRegistry.builtIn();
            LOG.debug("built a validator: {} rules, {} active, profile {}", byCode.size(), active.size(),
                    profile.name());
            DeadlineCalculator calculator = deadlineCalculator != null ? deadlineCalculator
                    : DeadlineCalculator.builder().calendar(profile.calendar()).build();
            return new IcsValidator(reg, profile, language, List.copyOf(byCode.values()), runner,
                    Map.copyOf(templateSeverities), calculator);
        }
    }
}
