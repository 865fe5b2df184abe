package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Copy.sf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.unigate.testbed.generator.MemberProfile.Location;

/** The member's own holdings (852), e-resource link (856) and local 9XX field. */
final class HoldingsFields {

    /** Topics shelved in a branch when the member has one. */
    private static final Map<String, String> BRANCHES = Map.ofEntries(
            Map.entry("law", "LAW"), Map.entry("constitutional law", "LAW"), Map.entry("medicine", "MED"),
            Map.entry("public health", "MED"), Map.entry("music", "MUS"), Map.entry("architecture", "ARCH"),
            Map.entry("urban planning", "ARCH"), Map.entry("art", "ART"), Map.entry("education", "EDU"),
            Map.entry("higher education", "EDU"), Map.entry("finance", "BUS"), Map.entry("management", "BUS"),
            Map.entry("accounting", "BUS"), Map.entry("religion", "THEO"), Map.entry("Buddhism", "THEO"),
            Map.entry("physics", "SCI"), Map.entry("chemistry", "SCI"), Map.entry("mathematics", "SCI"),
            Map.entry("computer science", "SCI"), Map.entry("engineering", "SCI"));
    private static final List<String> EAST_ASIAN = List.of("EAC", "CHN", "ZW");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Copy c;
    private final Work w;

    HoldingsFields(Copy copy) {
        this.c = copy;
        this.w = copy.work();
    }

    void add(RecordBuilder b, LocalDate entered) {
        Location location = location();
        int copies = c.chance(0.1) ? 2 : 1;
        Work.CallNumbers cn = w.callNumbers();
        boolean lc = c.profile().lcClassification();
        for (int copy = 1; copy <= copies; copy++) {
            String item = (lc ? cn.cutter() : cn.cutter().substring(1)) + " " + w.year()
                    + (copy > 1 && c.chance(0.5) ? " c." + copy : "");
            b.field("852", lc ? '0' : '1', ' ', sf('a', c.profile().code()), sf('b', location.code()),
                    sf('c', location.name()), sf('h', lc ? cn.lcClass() : cn.ddc()), sf('i', item),
                    sf('p', barcode(copy)), sf('t', String.valueOf(copy)));
        }
        if (w.ebookUrl() != null && c.chance(0.7)) {
            b.field("856", '4', '0', sf('u', c.profile().proxy() + w.ebookUrl()),
                    sf('z', "Full text available to " + c.profile().code() + " users"));
        }
        local(b, location, entered);
    }

    private Location location() {
        List<Location> locations = c.profile().locations();
        String wanted = w.language().cjk() && c.chance(0.7) ? null : BRANCHES.get(w.topicLabel());
        for (Location l : locations) {
            boolean branch = wanted != null ? l.code().equals(wanted) : w.language().cjk() && EAST_ASIAN.contains(l.code());
            if (branch) {
                return l;
            }
        }
        return c.chance(0.05) ? locations.get(locations.size() - 1) : locations.get(0);
    }

    /** Unique within the member: the control number's serial and the copy number. */
    private String barcode(int copy) {
        return c.profile().barcodePrefix() + ControlNumbers.zeroPadded(c.serial() * 2 + copy - 1, 10);
    }

    private void local(RecordBuilder b, Location location, LocalDate entered) {
        String day = entered.format(DAY);
        String fund = fund();
        String initials = "" + (char) ('A' + c.random().nextInt(26)) + (char) ('A' + c.random().nextInt(26));
        String tag = c.profile().localTag();
        switch (tag) {
            case "949" -> b.field(tag, ' ', ' ', sf('a', barcode(1)), sf('b', location.code()),
                    sf('c', "BOOK"), sf('d', day));
            case "990" -> b.field(tag, ' ', ' ', sf('a', location.code()), sf('b', "print"), sf('c', day));
            case "945" -> b.field(tag, ' ', ' ', sf('a', day), sf('b', fund),
                    sf('c', "HK$" + (80 + c.random().nextInt(900)) + ".00"));
            case "959" -> b.field(tag, ' ', ' ', sf('a', "available"), sf('b', day));
            case "996" -> b.field(tag, ' ', ' ', sf('a', w.fiction() ? "FIC" : "MONO"), sf('b', location.code()),
                    sf('c', day));
            default -> b.field(tag, ' ', ' ', sf('a', day), sf('b', initials), sf('c', fund));
        }
    }

    private String fund() {
        if (w.language().cjk()) {
            return "CJK";
        }
        return switch (c.work().callNumbers().lcClass().charAt(0)) {
            case 'B', 'C', 'M', 'N', 'P' -> "HUM";
            case 'Q', 'R', 'S', 'T' -> "SCI";
            case 'K' -> "LAW";
            default -> "SOC";
        };
    }
}
