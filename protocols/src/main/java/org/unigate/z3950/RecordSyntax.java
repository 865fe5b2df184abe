package org.unigate.z3950;

import java.util.Locale;
import java.util.Map;
import org.unigate.ber.Oid;

/** Record syntax OIDs (Z39.50 OID 1.2.840.10003.5.x) under the names YAZ uses. */
public final class RecordSyntax {

    public static final Oid UNIMARC = oid("1");
    public static final Oid USMARC = oid("10");
    public static final Oid SUTRS = oid("101");
    public static final Oid OPAC = oid("102");
    public static final Oid SUMMARY = oid("103");
    public static final Oid GRS1 = oid("105");
    public static final Oid EXPLAIN = oid("100");
    /** XML, which YAZ also calls text-xml. */
    public static final Oid XML = oid("109.10");
    /** application-xml, as YAZ and the registry number it (109.3 is HTML). */
    public static final Oid APPLICATION_XML = oid("109.11");
    public static final Oid JSON = oid("1000.81.3");

    private static final Map<String, Oid> BY_NAME = Map.ofEntries(
            Map.entry("unimarc", UNIMARC), Map.entry("usmarc", USMARC), Map.entry("marc21", USMARC),
            Map.entry("sutrs", SUTRS), Map.entry("opac", OPAC), Map.entry("summary", SUMMARY), Map.entry("grs-1", GRS1),
            Map.entry("explain", EXPLAIN), Map.entry("xml", XML), Map.entry("text-xml", XML),
            Map.entry("application-xml", APPLICATION_XML), Map.entry("json", JSON));

    private RecordSyntax() {
    }

    private static Oid oid(String suffix) {
        return Oid.of("1.2.840.10003.5." + suffix);
    }

    /** By YAZ name (usmarc, xml, sutrs, opac, ...) or dotted OID; null if unknown. */
    public static Oid byName(String nameOrOid) {
        Oid known = BY_NAME.get(nameOrOid.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        try {
            return Oid.of(nameOrOid);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The YAZ name of a syntax, or its dotted OID. */
    public static String nameOf(Oid syntax) {
        return BY_NAME.entrySet().stream()
                .filter(e -> e.getValue().equals(syntax) && !e.getKey().equals("marc21") && !e.getKey().equals("text-xml"))
                .map(Map.Entry::getKey).findFirst().orElse(syntax.toString());
    }
}
