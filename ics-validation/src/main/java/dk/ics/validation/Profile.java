package dk.ics.validation;

import dk.ics.model.internal.FileInput;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.Severity;
import dk.ics.model.casework.DanishHoliday;
import dk.ics.model.casework.DanishHolidayCalendar;
import dk.ics.model.internal.JsonSupport;
import dk.ics.model.internal.SafeText;
import dk.ics.validation.internal.ProfileFile;
import dk.ics.validation.spi.RuleInfo;
import tools.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A municipality's rule profile: which rules are switched off, which severities are changed and which thresholds
 * (e.g. a minimum description length) are set. The {@linkplain #defaults() default profile} is the built-in rule
 * set as documented in {@code RULES.md}. Immutable and thread-safe.
 *
 * <p>JSON form (every part optional):
 * <pre>{@code
 * {
 *   "name": "Eksempel Kommune",
 *   "rules": {
 *     "ICS-BFU-008": {"enabled": false},
 *     "ICS-PLAN-003": {"severity": "ERROR"},
 *     "ICS-BFU-002": {"thresholds": {"minLength": 40}},
 *     "TPL-PATTERN": {"severity": "WARNING"}
 *   },
 *   "calendar": {"closedDays": ["JULEAFTENSDAG", "NYTAARSAFTENSDAG"]}
 * }
 * }</pre>
 * The {@code rules} map also sets the severity (only the severity) of the validator's own findings
 * ({@code ICS-CTX-MISSING}, {@code ICS-RULE-FAILED}) and of template findings ({@code TPL-…}, listed in
 * {@code Template.FINDING_CODES}). Rule codes and threshold names are checked against the validator's rules when it is built
 * ({@link IcsValidator.Builder#build()}): an unknown one is an {@link IcsUnknownCodeException} naming it.
 */
public final class Profile {

    private static final Set<String> PROFILE_MEMBERS = Set.of("name", "rules", "calendar");
    private static final Set<String> CALENDAR_MEMBERS = Set.of("closedDays");
    private static final Set<String> SETTING_MEMBERS = Set.of("enabled", "severity", "thresholds");

    private static final Profile DEFAULTS = new Profile("default", Map.of(), DanishHolidayCalendar.standard(), null);

    private final String name;
    private final Map<String, ProfileFile.Setting> settings;
    private final DanishHolidayCalendar calendar;
    private final String source;

    private Profile(String name, Map<String, ProfileFile.Setting> settings, DanishHolidayCalendar calendar,
            String source) {
        this.name = name;
        this.settings = settings;
        this.calendar = calendar;
        this.source = source;
    }

    /** The built-in rule set as documented: every rule on, with its default severity and thresholds. */
    public static Profile defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a profile from a JSON file.
     *
     * @throws dk.ics.model.IcsException when the file cannot be read, is not JSON or has a bad value (with the JSON
     *                                   Pointer of the value)
     */
    public static Profile load(Path file) {
        return load(file, ReadLimits.DEFAULTS);
    }

    /**
     * Reads a profile from a JSON file with the given read limits.
     *
     * @throws dk.ics.model.IcsLimitException when the file is over a limit (naming it)
     */
    public static Profile load(Path file, ReadLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return FileInput.withStream(file, in -> parse(in, file.toString(), limits));
    }

    /**
     * Reads a profile from JSON.
     *
     * @param json   the JSON bytes
     * @param source a name for messages (e.g. the file name), or {@code null}
     */
    public static Profile parse(byte[] json, String source) {
        return parse(json, source, ReadLimits.DEFAULTS);
    }

    /**
     * Reads a profile from JSON with the given read limits.
     *
     * @param json   the JSON bytes
     * @param source a name for messages (e.g. the file name), or {@code null}
     * @param limits the read limits
     */
    public static Profile parse(byte[] json, String source, ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return parse(new java.io.ByteArrayInputStream(json), source, limits);
    }

    private static Profile parse(InputStream in, String source, ReadLimits limits) {
        var tree = JsonSupport.readTree(in, source, limits);
        if (!tree.isObject()) {
            throw new IcsInvalidDataException(loc(source, ""), "expected a JSON object with \"name\" and \"rules\"");
        }
        checkNames(tree, source);
        ProfileFile file = JsonSupport.bind(tree, ProfileFile.class, source);
        Map<String, ProfileFile.Setting> settings = new TreeMap<>();
        if (file.rules() != null) {
            for (Map.Entry<String, ProfileFile.Setting> e : file.rules().entrySet()) {
                String at = member("/rules", e.getKey());
                ProfileFile.Setting s = e.getValue();
                if (s == null) {
                    throw new IcsInvalidDataException(loc(source, at), "expected an object with \"enabled\","
                            + " \"severity\" and/or \"thresholds\"");
                }
                if (s.thresholds() != null) {
                    for (Map.Entry<String, Integer> t : s.thresholds().entrySet()) {
                        if (t.getValue() == null || t.getValue() < 0) {
                            throw new IcsInvalidDataException(
                                    loc(source, member(at + "/thresholds", t.getKey())),
                                    "expected a non-negative whole number");
                        }
                    }
                }
                settings.put(e.getKey(), s);
            }
        }
        String name = file.name() == null || file.name().isBlank() ? "unnamed" : file.name();
        return new Profile(name, Map.copyOf(settings), calendar(file.calendar(), source), source);
    }

    /** The calendar a profile's settings give: the standard one (all customary days closed) when none are set. */
    private static DanishHolidayCalendar calendar(ProfileFile.Calendar settings, String source) {
        if (settings == null || settings.closedDays() == null) {
            return DanishHolidayCalendar.standard();
        }
        List<String> known = DanishHolidayCalendar.CUSTOMARY_CLOSED_DAYS.stream().map(Enum::name).toList();
        Set<DanishHoliday> closed = EnumSet.noneOf(DanishHoliday.class);
        for (int i = 0; i < settings.closedDays().size(); i++) {
            String code = settings.closedDays().get(i);
            if (code == null || !known.contains(code)) {
                throw new IcsUnknownCodeException(loc(source, "/calendar/closedDays/" + i), "closed day", code,
                        known);
            }
            closed.add(DanishHoliday.valueOf(code));
        }
        return DanishHolidayCalendar.closing(closed);
    }

    /** The profile's name. */
    public String name() {
        return name;
    }

    /**
     * The working-day calendar deadlines counted in working days are judged on: the Danish public holidays and
     * weekends, and the customary closed days the profile names in {@code "calendar": {"closedDays": […]}}
     * ({@code GRUNDLOVSDAG}, {@code JULEAFTENSDAG}, {@code NYTAARSAFTENSDAG}; all three when not set, as
     * {@link DanishHolidayCalendar#standard()}; {@code []} for public holidays only).
     */
    public DanishHolidayCalendar calendar() {
        return calendar;
    }

    /** Whether a rule is on (every rule is on unless switched off). */
    public boolean isEnabled(String code) {
        ProfileFile.Setting s = settings.get(code);
        return s == null || s.enabled() == null || s.enabled();
    }

    /** The severity the profile sets for a rule, if it sets one. */
    public Optional<Severity> severity(String code) {
        ProfileFile.Setting s = settings.get(code);
        return s == null ? Optional.empty() : Optional.ofNullable(s.severity());
    }

    /** The thresholds the profile sets for a rule (possibly none). */
    public Map<String, Integer> thresholds(String code) {
        ProfileFile.Setting s = settings.get(code);
        return s == null || s.thresholds() == null ? Map.of() : Map.copyOf(s.thresholds());
    }

    /**
     * Checks that every rule code and threshold name the profile sets is known.
     *
     * @param rules        the rules of the validator, by code
     * @param reservedCodes codes of the validator's own findings a profile may also set the severity of
     * @param templateCodes codes of the template's findings a profile may also set the severity of
     * @throws IcsUnknownCodeException naming the first unknown code or threshold
     * @throws IcsInvalidDataException  when a reserved or template code is switched off or given thresholds
     */
    void checkAgainst(Map<String, RuleInfo> rules, Collection<String> reservedCodes,
            Collection<String> templateCodes) {
        for (Map.Entry<String, ProfileFile.Setting> e : settings.entrySet()) {
            String at = member("/rules", e.getKey());
            RuleInfo info = rules.get(e.getKey());
            if (info == null) {
                if (reservedCodes.contains(e.getKey())) {
                    if (e.getValue().enabled() != null || e.getValue().thresholds() != null) {
                        throw new IcsInvalidDataException(loc(source, at), "only the severity of " + e.getKey()
                                + " can be set: the validator's own findings cannot be switched off");
                    }
                    continue;
                }
                if (templateCodes.contains(e.getKey())) {
                    if (e.getValue().enabled() != null || e.getValue().thresholds() != null) {
                        throw new IcsInvalidDataException(loc(source, at), "only the severity of " + e.getKey()
                                + " can be set: a template's checks cannot be switched off");
                    }
                    continue;
                }
                var known = new ArrayList<>(new TreeMap<>(rules).keySet());
                known.addAll(reservedCodes);
                known.addAll(templateCodes);
                throw new IcsUnknownCodeException(loc(source, at), "rule code", e.getKey(), known);
            }
            Map<String, Integer> t = e.getValue().thresholds();
            if (t != null) {
                for (String n : t.keySet()) {
                    if (!info.thresholds().containsKey(n)) {
                        throw new IcsUnknownCodeException(loc(source, member(at + "/thresholds", n)),
                                "threshold of rule " + info.code(), n, new ArrayList<>(info.thresholds().keySet()));
                    }
                }
            }
        }
    }

    /**
     * Refuses, before binding, every property name a profile cannot have, so that the error never quotes a name that
     * is not a code: unknown properties of the profile and of a rule's settings, and rule codes and threshold names
     * that are not shaped like codes.
     */
    private static void checkNames(JsonNode tree, String source) {
        onlyKnown(tree, "", PROFILE_MEMBERS, source);
        JsonNode calendar = tree.get("calendar");
        if (calendar != null && calendar.isObject()) {
            onlyKnown(calendar, "/calendar", CALENDAR_MEMBERS, source);
        }
        JsonNode rules = tree.get("rules");
        if (rules == null || !rules.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> rule : rules.properties()) {
            String at = member("/rules", rule.getKey());
            if (at.equals("/rules")) {
                throw new IcsInvalidDataException(loc(source, at), "expected rule codes (e.g. ICS-BFU-001) as the"
                        + " names, found " + SafeText.code(rule.getKey()));
            }
            if (rule.getValue().isObject()) {
                onlyKnown(rule.getValue(), at, SETTING_MEMBERS, source);
                JsonNode thresholds = rule.getValue().get("thresholds");
                if (thresholds != null && thresholds.isObject()) {
                    for (Map.Entry<String, JsonNode> t : thresholds.properties()) {
                        if (member("", t.getKey()).isEmpty()) {
                            throw new IcsInvalidDataException(loc(source, at + "/thresholds"), "expected threshold"
                                    + " names as the names, found " + SafeText.code(t.getKey()));
                        }
                    }
                }
            }
        }
    }

    private static void onlyKnown(JsonNode object, String at, Set<String> known, String source) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!known.contains(e.getKey())) {
                throw new IcsInvalidDataException(loc(source, member(at, e.getKey())), "unknown property "
                        + SafeText.code(e.getKey()) + "; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    /**
     * The pointer of a member of an object in the profile: the member's own when its name looks like a code, else the
     * object's (a name that is not a code may be anything a user typed, and is never echoed).
     */
    private static String member(String parent, String name) {
        return JsonSupport.member(parent, name);
    }

    private static Location loc(String source, String pointer) {
        return (source == null ? Location.UNKNOWN : Location.of(source)).withPointer(pointer);
    }

    /** The profile's name and how many rules it sets. */
    @Override
    public String toString() {
        return "Profile[" + name + ", " + settings.size() + " rule settings, closed days "
                + calendar.closedCustomaryDays() + "]";
    }
}
