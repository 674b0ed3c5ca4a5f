package dk.ics.examples.cli;

import dk.ics.model.Language;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every {@code ics} subcommand shares, mixed in with {@code @Mixin}: the output format, the language,
 * {@code --debug} and {@code --help}.
 */
public final class CommonOptions {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = FormatConverter.class,
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--lang", paramLabel = "da|en", defaultValue = "da", converter = LanguageConverter.class,
            description = "Language of the text output: da (default) or en.")
    private Language language = Language.DA;

    @Option(names = "--debug", description = "On an unexpected error, print the stack trace.")
    private boolean debug;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** The chosen output format. */
    public OutputFormat format() {
        return format;
    }

    /** The chosen language. */
    public Language language() {
        return language;
    }

    /** Whether {@code --debug} was given. */
    public boolean debug() {
        return debug;
    }

    /** The texts of the command line in the chosen language. */
    public Texts texts() {
        return Texts.of(language);
    }

    /** Converts {@code text} or {@code json} (in any case) to an {@link OutputFormat}. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "text" -> OutputFormat.TEXT;
                case "json" -> OutputFormat.JSON;
                default -> throw new TypeConversionException("expected text or json");
            };
        }
    }

    /** Converts {@code da} or {@code en} to a {@link Language}, with a message that names what is accepted. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "da" -> Language.DA;
                case "en" -> Language.EN;
                default -> throw new TypeConversionException("expected da or en");
            };
        }
    }

    /**
     * Converts an ISO date ({@code 2025-03-01}); the message does not repeat the value, which may be a birth date.
     */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("expected a date as YYYY-MM-DD, e.g. 2025-03-01");
            }
        }
    }
}
