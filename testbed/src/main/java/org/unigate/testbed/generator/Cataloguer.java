package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Copy.sf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * Turns a work into one member's MARC 21 record: control and fixed fields, identifiers and
 * classification here; description, access points and holdings in their own classes.
 */
final class Cataloguer {

    private static final LocalDate LAST_CHANGE = LocalDate.of(2025, 10, 31);
    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TRANSACTION = DateTimeFormatter.ofPattern("yyyyMMdd");

    MarcRecord catalogue(Work w, MemberProfile p, SplittableRandom r, String controlNumber, long serial) {
        boolean simplified = switch (p.scripts()) {
            case AS_PUBLISHED -> w.imprint().simplified();
            case TRADITIONAL -> false;
            case SIMPLIFIED -> true;
        };
        Copy c = new Copy(w, p, r, controlNumber, serial, simplified, r.nextDouble() < 0.08,
                w.identifiers().lccn() != null && r.nextDouble() < 0.6);
        LocalDate entered = entered(c);
        RecordBuilder b = new RecordBuilder();
        b.control("001", controlNumber);
        b.control("003", p.code());
        LocalDate changed = entered.plusDays(r.nextInt(400));
        changed = changed.isAfter(LAST_CHANGE) ? LAST_CHANGE : changed;
        b.control("005", changed.format(TRANSACTION)
                + String.format("%02d%02d%02d.0", 8 + r.nextInt(10), r.nextInt(60), r.nextInt(60)));
        b.control("008", fixedData(c, entered));
        identifiers(c, b);
        classification(c, b);
        new DescriptionFields(c).add(b);
        new AccessFields(c).add(b);
        new HoldingsFields(c).add(b, entered);
        return b.build(leader(c));
    }

    private static LocalDate entered(Copy c) {
        LocalDate from = LocalDate.of(Math.max(c.work().year(), 1990), 1, 1);
        long span = Math.max(1, LAST_CHANGE.toEpochDay() - from.toEpochDay());
        return from.plusDays(c.random().nextLong(Math.min(span, 3 * 365L)));
    }

    private static String leader(Copy c) {
        char status = c.chance(0.3) ? 'c' : 'n';
        char level = c.minimal() ? '7' : c.fromLc() ? ' ' : c.chance(0.25) ? '4' : ' ';
        char form = !c.profile().isbd() ? 'c' : c.rda() ? 'i' : 'a';
        return "00000" + status + "am a2200000" + level + form + " 4500";
    }

    /** 008 for books, 40 characters, coherent with the work's date, country and language. */
    private static String fixedData(Copy c, LocalDate entered) {
        Work w = c.work();
        Work.Physical p = w.physical();
        StringBuilder f = new StringBuilder(40);
        f.append(entered.format(ENTERED)).append('s').append(w.year()).append("    ");
        f.append(String.format("%-3s", w.imprint().country()));
        f.append(p.illustrated() ? "a   " : "    ");
        f.append(' ').append(' ');
        f.append(p.bibliography() ? "b   " : "    ");
        f.append(' ').append(p.conference() ? '1' : '0').append('0').append(p.index() ? '1' : '0').append(' ');
        f.append(w.fiction() ? '1' : '0').append(' ');
        f.append(w.language().code()).append(' ').append(c.fromLc() ? ' ' : 'd');
        return f.toString();
    }

    private static void identifiers(Copy c, RecordBuilder b) {
        Work.Identifiers ids = c.work().identifiers();
        if (ids.lccn() != null && (c.fromLc() || c.chance(0.5))) {
            b.field("010", ' ', ' ', sf('a', ids.lccn()));
        }
        if (ids.isbn13() != null && !c.chance(0.07)) {
            isbns(c, ids.isbn13(), b);
        }
        if (ids.oclc() > 0 && c.chance(c.profile().oclcRate())) {
            b.field("035", ' ', ' ', sf('a', oclc(c, ids.oclc())));
        }
        if (c.chance(0.3)) {
            b.field("035", ' ', ' ', sf('a', "(" + c.profile().code() + ")" + (1_000_000 + c.serial() % 9_000_000)));
        }
        List<Subfield> cataloguing = new ArrayList<>();
        String agency = c.fromLc() ? "DLC" : c.profile().code();
        cataloguing.add(sf('a', agency));
        cataloguing.add(sf('b', "eng"));
        if (c.rda()) {
            cataloguing.add(sf('e', "rda"));
        }
        cataloguing.add(sf('c', agency));
        if (c.fromLc()) {
            cataloguing.add(sf('d', c.profile().code()));
        }
        b.field("040", ' ', ' ', cataloguing);
    }

    /** ISBN-10 and/or ISBN-13 as the member records them, sometimes with a binding qualifier. */
    private static void isbns(Copy c, String isbn13, RecordBuilder b) {
        String isbn10 = Isbn.toIsbn10(isbn13).orElse(null);
        List<String> forms = new ArrayList<>(2);
        switch (c.profile().isbnForms()) {
            case ISBN10_WHEN_POSSIBLE -> forms.add(isbn10 != null && c.work().year() < 2007 ? isbn10 : isbn13);
            case ISBN13 -> forms.add(isbn13);
            case BOTH -> {
                forms.add(isbn13);
                if (isbn10 != null) {
                    forms.add(isbn10);
                }
            }
        }
        String binding = c.chance(0.4) ? (c.chance(0.7) ? "paperback" : "hardcover") : null;
        boolean hyphens = c.profile().hyphenatedIsbns() && c.chance(0.3);
        for (String isbn : forms) {
            String keyed = hyphens && isbn.length() == 13
                    ? Isbn.hyphenate(isbn, c.work().imprint().isbnGroup().length() - 3) : isbn;
            if (binding == null) {
                b.field("020", ' ', ' ', sf('a', keyed));
            } else if (c.rda()) {
                b.field("020", ' ', ' ', sf('a', keyed), sf('q', binding));
            } else {
                b.field("020", ' ', ' ', sf('a', keyed + (binding.equals("paperback") ? " (pbk.)" : " (hbk.)")));
            }
        }
    }

    private static String oclc(Copy c, long number) {
        if (c.chance(0.4)) {
            return "(OCoLC)" + number;
        }
        return number < 100_000_000L ? String.format("(OCoLC)ocm%08d", number)
                : number < 1_000_000_000L ? String.format("(OCoLC)ocn%09d", number) : "(OCoLC)on" + number;
    }

    private static void classification(Copy c, RecordBuilder b) {
        Work.CallNumbers cn = c.work().callNumbers();
        if (c.fromLc() || (c.profile().lcClassification() && !c.minimal())) {
            b.field("050", c.fromLc() ? '0' : ' ', c.fromLc() ? '0' : '4',
                    sf('a', cn.lcClass()), sf('b', cn.cutter() + " " + c.work().year()));
        }
        if (c.fromLc() || !c.profile().lcClassification()) {
            int year = c.work().year();
            b.field("082", '0', c.fromLc() ? '0' : '4', sf('a', cn.ddc()),
                    sf('2', year > 2011 ? "23" : year > 2003 ? "22" : "21"));
        }
    }
}
