package org.unigate.testbed.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.unigate.marc.MarcRecord;

/**
 * The demo consortium's catalogues, generated. Every work and every member's record of it is
 * derived from the seed and its own index, so streams are lazy, repeatable and independent:
 * a member of a million works streams in constant memory, and the same settings always give
 * the same records. Thread-safe; streams are sequential.
 */
public final class ConsortiumGenerator {

    private final GeneratorSettings settings;
    private final WorkFactory works;
    private final Holders holders;
    private final Cataloguer cataloguer = new Cataloguer();
    private final List<MemberProfile> profiles;
    private final List<ControlNumbers> controlNumbers;

    public ConsortiumGenerator(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.works = new WorkFactory(settings.seed(), Vocabulary.standard());
        this.holders = new Holders(settings.seed(), settings.members());
        List<MemberProfile> p = new ArrayList<>();
        List<ControlNumbers> cn = new ArrayList<>();
        for (int m = 1; m <= settings.members(); m++) {
            MemberProfile profile = MemberProfiles.of(m);
            p.add(profile);
            cn.add(new ControlNumbers(settings.seed(), profile, settings.works()));
        }
        this.profiles = List.copyOf(p);
        this.controlNumbers = List.copyOf(cn);
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** How member {@code member} (1-based) catalogues. */
    public MemberProfile profile(int member) {
        return profiles.get(checkMember(member) - 1);
    }

    /** Member {@code member}'s records (1-based), in work order. */
    public Stream<GeneratedRecord> member(int member) {
        checkMember(member);
        return IntStream.range(0, settings.works())
                .filter(i -> holders.holds(i, member))
                .mapToObj(i -> record(member, works.work(i)));
    }

    /** Every member's records, work by work: each work's copies together. */
    public Stream<GeneratedRecord> records() {
        return IntStream.range(0, settings.works()).boxed().flatMap(i -> {
            Work w = works.work(i);
            return Arrays.stream(holders.of(i)).mapToObj(m -> record(m, w));
        });
    }

    /** The works themselves, held or not by any member, in index order. */
    public Stream<Work> works() {
        return IntStream.range(0, settings.works()).mapToObj(works::work);
    }

    public Work work(int index) {
        return works.work(checkWork(index));
    }

    /** The 1-based members holding work {@code index}, ascending. */
    public int[] holders(int index) {
        return holders.of(checkWork(index));
    }

    /** Member {@code member}'s record of work {@code index}, if it holds the work. */
    public Optional<GeneratedRecord> record(int member, int index) {
        checkMember(member);
        return holders.holds(checkWork(index), member) ? Optional.of(record(member, works.work(index))) : Optional.empty();
    }

    /**
     * Ground truth for deduplication: for every work, which members' records (by control number)
     * describe it. Records of different works are never duplicates, however alike; see
     * {@link Work#relation()} for the deliberate near misses.
     */
    public Stream<WorkCopies> groundTruth() {
        return IntStream.range(0, settings.works()).mapToObj(i -> new WorkCopies(Work.idOf(i),
                Arrays.stream(holders.of(i)).mapToObj(m -> new RecordKey(m, controlNumbers.get(m - 1).of(i))).toList()));
    }

    /** The work a member's control number (001) belongs to, if it is one of the member's records. */
    public Optional<String> workIdOf(int member, String controlNumber) {
        OptionalInt index = controlNumbers.get(checkMember(member) - 1).indexOf(controlNumber);
        return index.isPresent() && holders.holds(index.getAsInt(), member)
                ? Optional.of(Work.idOf(index.getAsInt())) : Optional.empty();
    }

    /** Writes member {@code member}'s records to {@code file} as ISO 2709, UTF-8 or MARC-8. */
    public void writeMember(int member, Path file, boolean marc8) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             Stream<MarcRecord> records = member(member).map(GeneratedRecord::record)) {
            new MarcOutput(marc8).writeAll(records.iterator(), out);
        }
    }

    /** Member {@code member}'s records as an ISO 2709 byte stream, encoded lazily as it is read. */
    public InputStream memberBytes(int member, boolean marc8) {
        Stream<MarcRecord> records = member(member).map(GeneratedRecord::record);
        return new RecordBytes(records.iterator(), marc8, records::close);
    }

    private GeneratedRecord record(int member, Work w) {
        ControlNumbers numbers = controlNumbers.get(member - 1);
        String cn = numbers.of(w.index());
        MarcRecord record = cataloguer.catalogue(w, profiles.get(member - 1),
                Seeds.random(settings.seed(), Seeds.COPY, w.index(), member), cn, numbers.serial(w.index()));
        return new GeneratedRecord(member, w.id(), record);
    }

    private int checkMember(int member) {
        if (member < 1 || member > settings.members()) {
            throw new IllegalArgumentException("member must be between 1 and " + settings.members() + ": " + member);
        }
        return member;
    }

    private int checkWork(int index) {
        if (index < 0 || index >= settings.works()) {
            throw new IllegalArgumentException("work index must be between 0 and " + (settings.works() - 1) + ": " + index);
        }
        return index;
    }

    /** One member's record, named by member and control number. */
    public record RecordKey(int member, String controlNumber) {
    }

    /** A work and the records, across members, that describe it. */
    public record WorkCopies(String workId, List<RecordKey> copies) {
        public WorkCopies {
            copies = List.copyOf(copies);
        }
    }
}
