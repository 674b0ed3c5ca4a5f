package dk.ics.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dk.ics.model.FindingReport;
import dk.ics.model.ReadLimits;
import dk.ics.templates.CaseDocument;
import dk.ics.test.DocumentFixture;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.ValidationReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * One BFU of 30–60 KB (generated, seeded) read two ways: the peer layer (Jackson's tree parse plus networknt
 * validation with the library's own compiled schema, nothing else) and the library's full {@code validate}
 * (limits-aware parse, envelope, schema, binding and every rule). The floor, Jackson's parse of the same bytes, is
 * {@link ParseFloorBenchmark}. Targets: full ≤ 3× floor and ≤ 1.5× schema-only. Two parts of the full validation
 * are measured apart to show where its time goes: all but the parse, and the template's schema check alone (the
 * limits-aware parse is {@link ParseFloorBenchmark#limitsAwareReadTree()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    private final JsonMapper jackson = JsonMapper.builder().build();
    private byte[] bfu;
    private Schema schema;
    private IcsValidator validator;
    private CaseContext context;
    private CaseDocument parsed;

    /** Generates the BFU, and builds the validator once (as a host would). */
    @Setup
    public void setUp() {
        DocumentFixture f = Fixtures.bfu();
        bfu = f.toBytes();
        context = Fixtures.context(f);
        validator = IcsValidator.standard();
        schema = Fixtures.compiledSchema(f.template());
        parsed = CaseDocument.parse(bfu, "bfu.json", ReadLimits.DEFAULTS);
        ValidationReport r = validator.validate(CaseDocument.parse(bfu, "bfu.json", ReadLimits.DEFAULTS), context);
        System.out.println("# BFU fixture: " + Fixtures.describe(bfu) + "; findings " + r.findings().size()
                + "; schema errors " + schema.validate(jackson.readTree(bfu)).size());
    }

    /** The peer layer: the same parse, then networknt validation with the library's compiled BFU schema. */
    @Benchmark
    public List<Error> schemaOnly() {
        return schema.validate(jackson.readTree(bfu));
    }

    /** The library: parse with limits, envelope, schema, binding and all rules. */
    @Benchmark
    public ValidationReport fullValidate() {
        return validator.validate(CaseDocument.parse(bfu, "bfu.json", ReadLimits.DEFAULTS), context);
    }

    /** Part of the full validation: the document already parsed, everything else (schema, binding, rules). */
    @Benchmark
    public ValidationReport partAfterParse() {
        return validator.validate(parsed, context);
    }

    /** Part of the full validation: the template's check of the parsed document (schema and switched-off content). */
    @Benchmark
    public FindingReport partSchemaCheck() {
        return validator.registry().check(parsed);
    }
}
