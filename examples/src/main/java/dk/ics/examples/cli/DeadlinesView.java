package dk.ics.examples.cli;

import dk.ics.model.Language;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.DanishHolidayCalendar;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineStatus;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case's deadlines as the command line shows them: a table in one language, or JSON with both languages.
 *
 * @param source    the file the case was read from, as given
 * @param record    the case
 * @param reference the reference moment as shown: a date ({@code 2026-11-24}, meaning the end of that day) or the
 *                  time of the run ({@code 2026-11-24 17:15}, in the calculator's zone)
 * @param deadlines the deadlines on the reference moment
 * @param calendar  the working-day calendar they were counted on (which customary days are closed)
 */
record DeadlinesView(String source, CaseRecord record, String reference, List<Deadline> deadlines,
        DanishHolidayCalendar calendar) {

    /** Shows the number of deadlines only, never the case's ids or dates. */
    @Override
    public String toString() {
        return "DeadlinesView[deadlines=" + deadlines.size() + "]";
    }

    /** The view as JSON: the case, the reference and each deadline with rule, step, due time, status and basis. */
    ObjectNode json() {
        ObjectNode root = JsonOutput.object();
        root.put("case", record.id());
        root.put("regime", record.regime().name());
        root.put("on", reference);
        ArrayNode closed = root.putArray("closedDays");
        calendar.closedCustomaryDays().forEach(d -> closed.add(d.name()));
        ObjectNode counts = root.putObject("counts");
        statusCounts().forEach((status, n) -> counts.put(status.name(), n));
        ArrayNode list = root.putArray("deadlines");
        for (Deadline d : deadlines) {
            ObjectNode n = list.addObject();
            n.put("code", d.code());
            n.set("label", JsonOutput.text(d.label()));
            n.put("step", d.step().code());
            if (d.due() == null) {
                n.putNull("due");
            } else {
                n.put("due", d.wholeDay() ? d.due().toLocalDate().toString()
                        : d.due().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            n.put("wholeDay", d.wholeDay());
            n.put("status", d.status().name());
            n.set("statusLabel", JsonOutput.text(d.status().label()));
            n.put("basis", d.basis());
            ObjectNode ref = n.putObject("reference");
            ref.put("law", d.reference().law().name());
            ref.put("section", d.reference().section());
            d.reference().stk().ifPresent(v -> ref.put("subsection", v));
            d.reference().nr().ifPresent(v -> ref.put("number", v));
            ref.put("consolidation", d.reference().consolidation());
            ref.put("standing", d.reference().standing().name());
            if (!d.reference().note().isEmpty()) {
                ref.put("note", d.reference().note());
            }
            n.put("triggeredBy", d.triggeredBy());
            if (d.metByPointer() == null) {
                n.putNull("metBy");
            } else {
                n.put("metBy", d.metByPointer());
            }
        }
        return root;
    }

    /** The view as text: a heading, a table of the deadlines, and the number in each status. */
    String text(Language language) {
        Texts t = Texts.of(language);
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("deadlines.title", record.id(), t.get("regime." + record.regime().name()), reference))
                .append(nl);
        sb.append(closedDays(language)).append(nl);
        if (deadlines.isEmpty()) {
            return sb.append(t.get("deadlines.none")).append(nl).toString();
        }
        TextTable table = new TextTable(false, false, false, false);
        table.row(t.get("deadlines.col.due"), t.get("deadlines.col.status"), t.get("deadlines.col.deadline"),
                t.get("deadlines.col.basis"));
        for (Deadline d : deadlines) {
            table.row(d.formattedDue(), d.status().label().in(language), d.label(language), d.basis());
        }
        sb.append(table.render("  "));
        return sb.append(summary(language)).append(nl).toString();
    }

    /** Which customary days were counted as closed, e.g. {@code Lukkedage ud over helligdagene: Grundlovsdag, …}. */
    String closedDays(Language language) {
        StringJoiner j = new StringJoiner(", ");
        calendar.closedCustomaryDays().forEach(d -> j.add(d.label().in(language)));
        Texts t = Texts.of(language);
        return t.get("deadlines.closedDays", j.length() == 0 ? t.get("deadlines.closedDays.none") : j.toString());
    }

    /** The number of deadlines in each status, e.g. {@code Overskredet: 2, Åben: 1}. */
    String summary(Language language) {
        StringJoiner j = new StringJoiner(", ");
        statusCounts().forEach((status, n) -> j.add(status.label().in(language) + ": " + n));
        return Texts.of(language).get("deadlines.summary", j.toString());
    }

    /** The number of deadlines per status that occurs, the pressing ones first. */
    private Map<DeadlineStatus, Integer> statusCounts() {
        Map<DeadlineStatus, Integer> counts = new LinkedHashMap<>();
        for (DeadlineStatus s : new DeadlineStatus[] {DeadlineStatus.OVERDUE, DeadlineStatus.OPEN,
                DeadlineStatus.MET_LATE, DeadlineStatus.MET, DeadlineStatus.NOT_APPLICABLE}) {
            long n = deadlines.stream().filter(d -> d.status() == s).count();
            if (n > 0) {
                counts.put(s, (int) n);
            }
        }
        return counts;
    }
}
