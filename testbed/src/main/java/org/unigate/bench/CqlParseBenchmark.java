package org.unigate.bench;

import java.util.Map;
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
import org.unigate.cql.CqlParser;
import org.unigate.cql.CqlWriter;
import org.unigate.query.SearchQuery;

/**
 * CQL parsing over the kinds of query an SRU front end sees. Run with
 * {@code java -cp <testbed classpath> org.openjdk.jmh.Main CqlParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CqlParseBenchmark {

    private static final Map<String, String> QUERIES = Map.of(
            "simple", "dream",
            "fielded", "dc.title = \"dream of the red chamber\" and (dc.creator = cao or dc.creator = 曹雪芹)"
                    + " not dc.subject any \"criticism reviews\"",
            "cjk", "dc.title = 紅樓夢 and dc.creator adj \"曹雪芹 高鶚\" or bath.isbn = 9787020002207",
            "prox", "dc.title = dream prox/unit=word/distance<=3/ordered dc.title = chamber",
            "sorted", ">dc=\"info:srw/cql-context-set/1/dc-v1.1\" dc.subject any \"chinese fiction\""
                    + " and dc.date >= 1990 sortBy dc.date/sort.descending dc.title");

    @Param({"simple", "fielded", "cjk", "prox", "sorted"})
    public String kind;

    private final CqlParser parser = CqlParser.DEFAULT;
    private String query;
    private SearchQuery parsed;

    @Setup
    public void setUp() {
        query = QUERIES.get(kind);
        parsed = parser.parse(query);
    }

    @Benchmark
    public SearchQuery parse() {
        return parser.parse(query);
    }

    @Benchmark
    public String write() {
        return CqlWriter.write(parsed);
    }
}
