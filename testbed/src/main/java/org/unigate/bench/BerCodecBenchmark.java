package org.unigate.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.unigate.ber.BerLimits;
import org.unigate.ber.Octets;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.Z3950Query;
import org.unigate.z3950.codec.ApduCodec;

/**
 * Z39.50 BER codec speed: decode and encode of a typical search and present request, and
 * encoding a present response of 100 synthetic MARC records of 1-2 KB each.
 * Run: {@code java -cp <testbed classpath> org.openjdk.jmh.Main BerCodecBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BerCodecBenchmark {

    private SearchRequest search;
    private PresentRequest present;
    private PresentResponse response;
    private byte[] searchBytes;
    private byte[] presentBytes;
    private ByteBuf out;

    @Setup
    public void setUp() throws Exception {
        RpnQuery query = new RpnQuery(AttributeSet.BIB1, RpnOperation.of(RpnOperation.Operator.AND,
                RpnOperation.of(RpnOperation.Operator.OR,
                        apt(4, "数据库 系统"), apt(4, "database systems")),
                RpnOperation.of(RpnOperation.Operator.AND, apt(1003, "knuth"), apt(31, "1999"))));
        search = new SearchRequest(Octets.utf8("ref-17"), 0, 1, 0, true, "default", List.of("lib1", "lib2", "lib3"),
                null, null, RecordSyntax.USMARC, Z3950Query.Rpn.of(query), List.of(), List.of());
        present = PresentRequest.of("default", 11, 10, RecordSyntax.USMARC, "F");
        searchBytes = ApduCodec.encode(search);
        presentBytes = ApduCodec.encode(present);
        List<NamePlusRecord> records = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 100; i++) {
            records.add(new NamePlusRecord("lib" + (i % 8 + 1), RetrievalRecord.Encoded.usmarc(marcRecord(random, i))));
        }
        response = PresentResponse.of(Octets.utf8("ref-18"), 1, records);
        out = Unpooled.buffer(256 * 1024);
    }

    @TearDown
    public void tearDown() {
        out.release();
    }

    @Benchmark
    public Apdu decodeSearchRequest() {
        return ApduCodec.decode(searchBytes, BerLimits.REQUESTS);
    }

    @Benchmark
    public int encodeSearchRequest() {
        return encode(search);
    }

    @Benchmark
    public Apdu decodePresentRequest() {
        return ApduCodec.decode(presentBytes, BerLimits.REQUESTS);
    }

    @Benchmark
    public int encodePresentRequest() {
        return encode(present);
    }

    @Benchmark
    public int encodePresentResponse100Marc() {
        return encode(response);
    }

    private int encode(Apdu apdu) {
        out.clear();
        ApduCodec.encode(apdu, out);
        return out.readableBytes();
    }

    private static AttributesPlusTerm apt(long use, String term) {
        return new AttributesPlusTerm(List.of(Attribute.of(Attribute.USE, use), Attribute.of(Attribute.STRUCTURE, 2)),
                Term.of(term));
    }

    /** A plausible bibliographic record of roughly 1-2 KB, as ISO 2709 UTF-8. */
    static byte[] marcRecord(Random random, int n) {
        MarcFactory factory = MarcFactory.newInstance();
        Record record = factory.newRecord("00000nam a2200000 a 4500");
        record.addVariableField(factory.newControlField("001", "bench" + n));
        record.addVariableField(factory.newControlField("008", "990101s1999    ch            000 0 chi d"));
        record.addVariableField(field(factory, "100", 'a', "Author " + n + ", " + words(random, 2)));
        record.addVariableField(field(factory, "245", 'a', "Title " + words(random, 6 + random.nextInt(6)) + " 数据库"));
        record.addVariableField(field(factory, "260", 'a', "Beijing : " + words(random, 3) + ", 1999."));
        record.addVariableField(field(factory, "300", 'a', (100 + random.nextInt(900)) + " p. ; 24 cm."));
        for (int i = 0, notes = 5 + random.nextInt(6); i < notes; i++) {
            record.addVariableField(field(factory, "500", 'a', words(random, 12 + random.nextInt(12)) + "."));
        }
        for (int i = 0, subjects = 2 + random.nextInt(6); i < subjects; i++) {
            record.addVariableField(field(factory, "650", 'a', words(random, 2 + random.nextInt(3))));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MarcStreamWriter writer = new MarcStreamWriter(bytes, "UTF-8");
        writer.write(record);
        writer.close();
        return bytes.toByteArray();
    }

    private static DataField field(MarcFactory factory, String tag, char code, String value) {
        DataField field = factory.newDataField(tag, ' ', '0');
        field.addSubfield(factory.newSubfield(code, value));
        return field;
    }

    private static String words(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int length = 3 + random.nextInt(8);
            for (int c = 0; c < length; c++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(i + 1 < count ? " " : "");
        }
        return sb.toString();
    }
}
