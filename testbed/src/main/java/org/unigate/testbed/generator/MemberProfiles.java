package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.MemberProfile.IsbnForms.BOTH;
import static org.unigate.testbed.generator.MemberProfile.IsbnForms.ISBN10_WHEN_POSSIBLE;
import static org.unigate.testbed.generator.MemberProfile.IsbnForms.ISBN13;
import static org.unigate.testbed.generator.MemberProfile.ScriptPolicy.AS_PUBLISHED;
import static org.unigate.testbed.generator.MemberProfile.ScriptPolicy.SIMPLIFIED;
import static org.unigate.testbed.generator.MemberProfile.ScriptPolicy.TRADITIONAL;

import java.util.List;
import org.unigate.testbed.generator.MemberProfile.Location;

/**
 * The demo consortium: eight invented Hong Kong university libraries whose cataloguing habits
 * differ the way real ones do. Members 3 and 6 export MARC-8.
 */
public final class MemberProfiles {

    private static final List<MemberProfile> DEMO = List.of(
            new MemberProfile(1, "HBU", "Harbourview University Library", true, true, true, AS_PUBLISHED, BOTH,
                    false, false, false, 0.85, "99%09d3406",
                    List.of(loc("MAIN", "Main Library"), loc("LAW", "Law Library"), loc("MED", "Medical Library"),
                            loc("MUS", "Music Library")), "31101", "949", "https://ezproxy.hbu.example.edu/login?url="),
            new MemberProfile(2, "KLU", "Kowloon Lakeside University Library", false, true, true, AS_PUBLISHED,
                    ISBN10_WHEN_POSSIBLE, false, false, false, 0.6, "b%09d",
                    List.of(loc("UL", "University Library"), loc("EAC", "East Asian Collection"),
                            loc("ARCH", "Architecture Library")), "32202", "998", "https://proxy.klu.example.edu/?url="),
            new MemberProfile(3, "NTP", "New Territories Polytechnic Library", true, true, false, TRADITIONAL, ISBN13,
                    false, true, true, 0.5, "%09d",
                    List.of(loc("LIB", "Pao Shan Library"), loc("ANX", "Annex Store")), "33303", "990",
                    "https://lib-proxy.ntp.example.edu/login?url="),
            new MemberProfile(4, "SCU", "Sha Tin Christian University Library", false, true, true, AS_PUBLISHED, BOTH,
                    false, false, false, 0.7, "sc%09d",
                    List.of(loc("LIB", "University Library"), loc("THEO", "Theology Library"),
                            loc("REF", "Reference Collection")), "34404", "945", "https://ezp.scu.example.edu/login?url="),
            new MemberProfile(5, "LRU", "Lion Rock University Library", true, true, true, TRADITIONAL, ISBN13,
                    false, false, false, 0.9, "99%09d2903",
                    List.of(loc("MAIN", "Main Library"), loc("CHN", "Chinese Collection"), loc("BUS", "Business Library")),
                    "35505", "959", "https://ezproxy.lru.example.edu/login?url="),
            new MemberProfile(6, "TMU", "Tai Mo Shan University Library", false, false, false, AS_PUBLISHED,
                    ISBN10_WHEN_POSSIBLE, false, true, true, 0.3, "tm%09d",
                    List.of(loc("GEN", "General Collection"), loc("SCI", "Science Library")), "36606", "949",
                    "https://proxy.tmu.example.edu/?url="),
            new MemberProfile(7, "VPU", "Victoria Peak University Library", true, true, true, AS_PUBLISHED, BOTH,
                    true, false, false, 0.8, "99%09d1207",
                    List.of(loc("MAIN", "Main Library"), loc("EDU", "Education Library"), loc("ART", "Fine Arts Library")),
                    "37707", "996", "https://ezproxy.vpu.example.edu/login?url="),
            new MemberProfile(8, "PRU", "Pearl River University Library", true, true, true, SIMPLIFIED, ISBN13,
                    false, false, false, 0.6, "10%09d",
                    List.of(loc("LIB", "University Library"), loc("ZW", "Chinese Studies Library")), "38808", "998",
                    "https://vpn.pru.example.edu/?url="));

    private MemberProfiles() {
    }

    /** The profile of 1-based member {@code member}; beyond eight the profiles repeat as new campuses. */
    public static MemberProfile of(int member) {
        if (member < 1) {
            throw new IllegalArgumentException("members are numbered from 1: " + member);
        }
        MemberProfile p = DEMO.get((member - 1) % DEMO.size());
        int round = (member - 1) / DEMO.size();
        if (round == 0) {
            return p;
        }
        String suffix = String.valueOf(round + 1);
        return new MemberProfile(member, p.code() + suffix, p.name() + " (campus " + suffix + ")", p.rda(), p.isbd(),
                p.lcClassification(), p.scripts(), p.isbnForms(), p.hyphenatedIsbns(), p.titleCase(), p.marc8(),
                p.oclcRate(), p.controlNumberFormat().replace("%09d", suffix + "%09d"), p.locations(),
                p.barcodePrefix() + suffix, p.localTag(), p.proxy());
    }

    private static Location loc(String code, String name) {
        return new Location(code, name);
    }
}
