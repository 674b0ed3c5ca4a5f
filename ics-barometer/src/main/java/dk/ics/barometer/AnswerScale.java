package dk.ics.barometer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer scale of the barometer: by default <em>I høj grad</em> (3), <em>I nogen grad</em> (2), <em>I mindre
 * grad</em> (1), <em>Slet ikke</em> (0) and <em>Ved ikke</em> (no value). The scale is data in the catalogue; this
 * library chose it (ICS-DOMAIN § 10), since the official one is not public.
 *
 * @param options the options, highest first by convention; at most one carries no value
 */
public record AnswerScale(List<ScaleOption> options) {

    /** Copies the options. */
    public AnswerScale {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The lowest value on the scale (0 by default); a score of 0 means every answer had this value. */
    public int minValue() {
        return options.stream().filter(ScaleOption::hasValue).mapToInt(ScaleOption::value).min().orElse(0);
    }

    /** The highest value on the scale (3 by default); a score of 100 means every answer had this value. */
    public int maxValue() {
        return options.stream().filter(ScaleOption::hasValue).mapToInt(ScaleOption::value).max().orElse(0);
    }

    /** The option with the given value, or for {@code null} the option with no value. */
    public Optional<ScaleOption> optionFor(Integer value) {
        for (ScaleOption o : options) {
            if (java.util.Objects.equals(o.value(), value)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Whether an answer is on the scale (as {@link #optionFor(Answer)} being present, without allocating). */
    public boolean hasOptionFor(Answer answer) {
        Integer value = answer.value();
        for (ScaleOption o : options) {
            if (java.util.Objects.equals(o.value(), value)) {
                return true;
            }
        }
        return false;
    }

    /** The option for an answer. */
    public Optional<ScaleOption> optionFor(Answer answer) {
        return optionFor(answer.value());
    }

    /**
     * The answer a cell or JSON string stands for: the option's number ({@code 3}), its code ({@code I_HOEJ_GRAD}),
     * its Danish or English words or an alias, compared without regard to case and surrounding spaces.
     */
    public Optional<Answer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalise(text);
        for (ScaleOption o : options) {
            if ((o.value() != null && key.equals(o.value().toString())) || key.equals(normalise(o.code()))
                    || key.equals(normalise(o.label().da()))
                    || key.equals(normalise(o.label().in(dk.ics.model.Language.EN)))
                    || o.aliases().stream().anyMatch(a -> key.equals(normalise(a)))) {
                return Optional.of(new Answer(o.value()));
            }
        }
        return Optional.empty();
    }

    /** The Danish words of the options, for messages that say what was expected. */
    public List<String> expected() {
        return options.stream().map(o -> o.label().da() + (o.hasValue() ? " (" + o.value() + ")" : "")).toList();
    }

    static String normalise(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
