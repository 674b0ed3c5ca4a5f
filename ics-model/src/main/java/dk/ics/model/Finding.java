package dk.ics.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a check found in a template or a case document: the one finding type of every module.
 *
 * <p>A finding points at a place (a JSON Pointer), never at a value: its message is rendered from a message key and
 * arguments that are codes, numbers or field names, so a finding may be logged, stored and shown anywhere.
 *
 * @param code       the stable code of the check, e.g. {@code ICS-BFU-003} or {@code TPL-REQUIRED}
 * @param severity   how serious it is
 * @param pointer    the JSON Pointer (RFC 6901) of the place in the document; {@code ""} is the whole document
 * @param messageKey the key of the message in the reporting module's message bundle
 * @param arguments  the message arguments (codes, numbers, field names; never a document value)
 * @param basis      the legal or method basis, e.g. {@code "Barnets lov § 22"} or {@code "ICS: tragtmodellen"};
 *                   empty when the check rests on the template alone
 * @param beacon     the quality beacon the check serves, or {@code null} for structural checks
 * @param message    the rendered message in Danish and English
 */
public record Finding(String code, Severity severity, String pointer, String messageKey, List<String> arguments,
        String basis, QualityBeacon beacon, LocalizedText message) {

    /** Checks that the required parts are present and copies the arguments. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        basis = basis == null ? "" : basis;
        Objects.requireNonNull(message, "message");
    }

    /** The message in the given language. */
    public String message(Language language) {
        return message.in(language);
    }

    /** This finding with another severity (a municipality's profile may raise or lower a rule). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(code, newSeverity, pointer, messageKey, arguments, basis, beacon, message);
    }

    /** This finding moved under a prefix pointer, e.g. when a part of a document was checked on its own. */
    public Finding withPointer(String newPointer) {
        return new Finding(code, severity, newPointer, messageKey, arguments, basis, beacon, message);
    }

    /** Whether this finding is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A one-line form for logs and test output: severity, code, pointer and the English message. */
    @Override
    public String toString() {
        return severity + " " + code + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message.in(Language.EN);
    }
}
