package dk.ics.validation;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.Severity;
import dk.ics.model.constraints.ResponsibleNamed;
import dk.ics.templates.Goal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation of the ICS model (a {@code CaseRecord}, a {@code Child}, a goal read from a plan …) with the
 * constraints of {@code dk.ics.model.constraints} and the standard ones, as findings in Danish and English.
 *
 * <p>{@link #standard()} builds one Hibernate Validator factory for the whole JVM, the first time it is asked for,
 * with Hibernate's {@link ParameterMessageInterpolator}: it needs no Jakarta Expression Language implementation in
 * the host (the library's messages use only {@code {attribute}} placeholders). A host with its own factory or
 * validator (e.g. from Spring) hands it in with {@link #using(ValidatorFactory)} or {@link #using(Validator)}; the
 * library never builds a factory per call. Immutable and thread-safe.
 *
 * <p>Findings have the code {@code BEAN-} plus the constraint's name ({@code BEAN-VALID-CPR}, {@code BEAN-NOT-BLANK}),
 * the JSON Pointer of the property ({@code /child/cpr}) and severity ERROR. The validated value never reaches a
 * finding.
 */
public final class ModelValidator {

    private final Validator danish;
    private final Validator english;

    private ModelValidator(Validator danish, Validator english) {
        this.danish = danish;
        this.english = english;
    }

    /** The library's own validator: Hibernate Validator without Jakarta EL, built once and shared. */
    public static ModelValidator standard() {
        return Standard.INSTANCE;
    }

    /** A validator over the host's factory, rendering each message in Danish and English. */
    public static ModelValidator using(ValidatorFactory factory) {
        Objects.requireNonNull(factory, "factory");
        MessageInterpolator base = factory.getMessageInterpolator();
        return new ModelValidator(
                factory.usingContext().messageInterpolator(in(base, Locale.forLanguageTag("da"))).getValidator(),
                factory.usingContext().messageInterpolator(in(base, Locale.ENGLISH)).getValidator());
    }

    /** A validator over the host's validator; its messages are used as rendered, for both languages. */
    public static ModelValidator using(Validator validator) {
        Objects.requireNonNull(validator, "validator");
        return new ModelValidator(validator, null);
    }

    /** The Bean Validation validator messages are rendered in Danish by (for a host that wants the violations). */
    public Validator validator() {
        return danish;
    }

    /**
     * Validates an object and its cascaded parts.
     *
     * @param object the object, e.g. a {@code CaseRecord}
     * @param groups the validation groups (none for the default group)
     * @return the findings, sorted
     */
    public FindingReport validate(Object object, Class<?>... groups) {
        Objects.requireNonNull(object, "object");
        Set<ConstraintViolation<Object>> da = danish.validate(object, groups);
        Map<String, String> en = new HashMap<>();
        if (english != null) {
            english.validate(object, groups).forEach(v -> en.putIfAbsent(
                    v.getPropertyPath() + "\u0000" + v.getMessageTemplate(), v.getMessage()));
        }
        List<Finding> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : da) {
            String inEnglish = en.getOrDefault(v.getPropertyPath() + "\u0000" + v.getMessageTemplate(),
                    v.getMessage());
            out.add(finding(v, LocalizedText.of(v.getMessage(), inEnglish)));
        }
        return FindingReport.of(out);
    }

    private static Finding finding(ConstraintViolation<?> v, LocalizedText message) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : annotation;
        String pointer = pointer(v.getPropertyPath());
        if (pointer.isEmpty() && v.getLeafBean() instanceof Goal goal) {
            pointer = goal.pointer(); // a goal read from a document: point at it in the document
        }
        return new Finding("BEAN-" + upperSnake(annotation), Severity.ERROR, pointer, key, List.of(), "", null,
                message);
    }

    /** The JSON Pointer of a property path: {@code events[2].at} becomes {@code /events/2/at}. */
    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getIndex() != null) {
                sb.append('/').append(n.getIndex());
            } else if (n.getKey() != null) {
                sb.append('/').append(escape(n.getKey().toString()));
            }
            if (n.getName() != null && !n.getName().startsWith("<")) {
                sb.append('/').append(escape(n.getName()));
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('_', '-').toUpperCase(Locale.ROOT);
    }

    private static MessageInterpolator in(MessageInterpolator base, Locale locale) {
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        };
    }

    @Override
    public String toString() {
        return "ModelValidator[" + (english == null ? "host validator" : "two languages") + "]";
    }

    /** The shared factory of {@link #standard()}, built on first use (holder idiom: thread-safe, once). */
    private static final class Standard {

        static final ModelValidator INSTANCE = build();

        private static ModelValidator build() {
            HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator());
            ConstraintMapping mapping = config.createConstraintMapping();
            // The goal type lives in the templates module, which carries no Bean Validation annotations.
            mapping.type(Goal.class).constraint(new GenericConstraintDef<>(ResponsibleNamed.class));
            ValidatorFactory factory = config.addMapping(mapping).buildValidatorFactory();
            return using(factory);
        }
    }
}
