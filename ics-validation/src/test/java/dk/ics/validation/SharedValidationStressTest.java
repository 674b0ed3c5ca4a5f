package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.concurrency.Concurrently;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.TemplateRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One shared {@link TemplateRegistry} (built-ins and a municipality's customised template) and validators built on it
 * (the default profile in Danish and English, and a municipality's profile), used by many threads at once, give
 * exactly the reports of a sequential run: every finding, in order, and the rendered text. The documents are the
 * one-thing-broken variants of the example documents in {@code rules/cases.json} and the customised template's
 * document, each judged in its context; the tasks are drawn from a fixed seed and their number is fixed, so the test
 * is repeatable and its time bounded. All threads start together to maximise overlap.
 * Tagged {@code stress} so that mutation testing leaves it out (it covers everything).
 */
@Tag("stress")
class SharedValidationStressTest {

    private static final long SEED = 0x1C5_0009L;
    private static final int TASKS = 400;
    private static final int THREADS = 16;

    private static final TemplateRegistry REGISTRY = TemplateRegistry.builder().addBuiltIns()
            .add(Path.of("src/test/resources/customised/bfu-eksempelkommune.json")).build();
    private static final List<IcsValidator> VALIDATORS = List.of(
            IcsValidator.builder().registry(REGISTRY).build(),
            IcsValidator.builder().registry(REGISTRY).language(Language.EN).build(),
            IcsValidator.builder().registry(REGISTRY)
                    .profile(Profile.load(Path.of("src/test/resources/profiles/kommune.json"))).build());

    /** One document in its case. */
    private record Input(CaseDocument document, CaseContext context) {
    }

    /** One task: a validator and one document, or a whole case of several documents validated together. */
    private record Task(IcsValidator validator, List<Input> inputs, boolean together) {
    }

    /** What a task gives: per document its findings and the rendered report. */
    private record Result(List<FindingReport> reports, List<String> rendered) {
    }

    @Test
    void sharedRegistryAndValidatorsGiveTheSequentialReportsUnderConcurrency() throws Exception {
        List<Input> inputs = inputs();
        List<Task> tasks = tasks(inputs, new Random(SEED));
        List<Result> sequential = new ArrayList<>();
        for (Task t : tasks) {
            sequential.add(run(t));
        }

        List<Result> concurrent = Concurrently.run(tasks, SharedValidationStressTest::run, THREADS, Duration.ofMinutes(5));

        for (int i = 0; i < tasks.size(); i++) {
            assertThat(concurrent.get(i)).as("task %d", i).isEqualTo(sequential.get(i));
        }
        // the tasks are not trivial: findings of many kinds, and some documents without any
        List<String> codes = sequential.stream().flatMap(r -> r.reports().stream())
                .flatMap(r -> r.findings().stream()).map(f -> f.code()).distinct().toList();
        assertThat(codes).hasSizeGreaterThan(30);
        assertThat(sequential.stream().flatMap(r -> r.reports().stream())).anyMatch(r -> r.findings().isEmpty());
    }

    private static Result run(Task t) {
        List<ValidationReport> reports;
        if (t.together()) {
            reports = t.validator().validateAll(t.inputs().stream().map(Input::document).toList(),
                    t.inputs().get(0).context());
        } else {
            Input in = t.inputs().get(0);
            reports = List.of(t.validator().validate(in.document(), in.context()));
        }
        return new Result(reports.stream().map(ValidationReport::report).toList(),
                reports.stream().map(ValidationReport::render).toList());
    }

    private static List<Task> tasks(List<Input> inputs, Random random) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            IcsValidator v = VALIDATORS.get(random.nextInt(VALIDATORS.size()));
            if (random.nextInt(5) == 0) {
                List<Input> some = new ArrayList<>();
                int n = 2 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    some.add(inputs.get(random.nextInt(inputs.size())));
                }
                tasks.add(new Task(v, some, true));
            } else {
                tasks.add(new Task(v, List.of(inputs.get(random.nextInt(inputs.size()))), false));
            }
        }
        return tasks;
    }

    /** Every case of {@code rules/cases.json} as a document in its context, and the customised template's document. */
    private static List<Input> inputs() {
        JsonNode all = Cases.resource("/rules/cases.json");
        List<Input> out = new ArrayList<>();
        for (JsonNode c : all.get("cases")) {
            String base = c.get("base").asString();
            ObjectNode doc = Cases.edited(base, c.get("set"), c.get("remove"),
                    c.has("status") ? c.get("status").asString() : null);
            CaseContext context = Cases.context(all.get("contexts").get(base), c.get("context"));
            out.add(new Input(Cases.document(doc, base), context));
        }
        Path custom = Path.of("src/test/resources/customised/bfu-eksempelkommune-document.json");
        out.add(new Input(CaseDocument.read(custom), CaseContext.on(LocalDate.of(2025, 5, 27))));
        return out;
    }
}
