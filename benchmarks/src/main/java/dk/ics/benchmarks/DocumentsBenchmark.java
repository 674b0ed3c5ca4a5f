package dk.ics.benchmarks;

import dk.ics.model.ReadLimits;
import dk.ics.templates.CaseDocument;
import dk.ics.test.DocumentFixture;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full {@code validate} of the case's other generated documents: the plan, the follow-up and a partner's
 * statement, each judged in its case context. No target of its own; it shows the rules of the other templates cost
 * what the BFU's do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocumentsBenchmark {

    /** The built-in template of the document. */
    @Param({"barnets-plan", "opfoelgning", "partner-skole"})
    public String template;

    private byte[] bytes;
    private IcsValidator validator;
    private CaseContext context;

    /** Generates the document and builds the validator once. */
    @Setup
    public void setUp() {
        DocumentFixture f = Fixtures.document(template);
        bytes = f.toBytes();
        context = Fixtures.context(f);
        validator = IcsValidator.standard();
        ValidationReport r = validate();
        System.out.println("# " + template + " fixture: " + Fixtures.describe(bytes) + "; findings "
                + r.findings().size());
    }

    /** Parse with limits, envelope, schema, binding and all rules. */
    @Benchmark
    public ValidationReport fullValidate() {
        return validate();
    }

    private ValidationReport validate() {
        return validator.validate(CaseDocument.parse(bytes, template + ".json", ReadLimits.DEFAULTS), context);
    }
}
