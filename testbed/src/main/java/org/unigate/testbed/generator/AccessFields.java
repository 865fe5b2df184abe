package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Copy.sf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.unigate.marc.Subfield;

/** Main and added entries, subjects and series added entries. */
final class AccessFields {

    /** Members that add vernacular local subject headings to CJK works. */
    private static final Set<String> LOCAL_CJK_SUBJECTS = Set.of("NTP", "LRU", "PRU");

    private final Copy c;
    private final Work w;

    AccessFields(Copy copy) {
        this.c = copy;
        this.w = copy.work();
    }

    void add(RecordBuilder b) {
        List<Person> people = w.creators();
        switch (w.responsibility()) {
            case AUTHORS -> {
                name(b, "100", people.get(0), "author");
                for (Person p : people.subList(1, people.size())) {
                    name(b, "700", p, "author");
                }
            }
            case EDITORS -> people.forEach(p -> name(b, "700", p, "editor"));
            case CORPORATE -> corporate(b, people.get(0).heading().roman());
            case NONE -> { }
        }
        subjects(b);
        if (w.series() != null && !c.minimal() && c.chance(0.6)) {
            Work.Series s = w.series();
            c.emit(b, "830", ' ', '0', true,
                    v -> List.of(sf('a', c.text(s.title(), v) + " ;"), sf('v', s.number() + ".")));
        }
    }

    /**
     * A personal name: RDA members add the relator term; AACR2 ones only "ed." for editors, and
     * some copies leave out known dates.
     */
    private void name(RecordBuilder b, String tag, Person p, String role) {
        String dates = p.dates().isEmpty() || c.chance(0.3) ? "" : p.dates();
        String relator = c.rda() ? role + "." : "editor".equals(role) && c.chance(0.5) ? "ed." : null;
        c.emit(b, tag, '1', ' ', true, v -> {
            List<Subfield> s = new ArrayList<>(3);
            String heading = c.text(p.heading(), v);
            boolean more = !dates.isEmpty() || relator != null;
            s.add(sf('a', more ? heading + "," : Punctuation.period(heading)));
            if (!dates.isEmpty()) {
                s.add(sf('d', relator == null ? Punctuation.period(dates) : dates.endsWith("-") ? dates : dates + ","));
            }
            if (relator != null) {
                s.add(sf('e', relator));
            }
            return s;
        });
    }

    /** "United Nations. Economic and Social Commission..." is a body and its subordinate unit. */
    private void corporate(RecordBuilder b, String body) {
        int dot = body.indexOf(". ");
        List<Subfield> s = new ArrayList<>(3);
        if (dot > 0) {
            s.add(sf('a', body.substring(0, dot + 1)));
            s.add(sf('b', c.rda() ? body.substring(dot + 2) + "," : Punctuation.period(body.substring(dot + 2))));
        } else {
            s.add(sf('a', c.rda() ? body + "," : Punctuation.period(body)));
        }
        if (c.rda()) {
            s.add(sf('e', "author."));
        }
        c.emit(b, "110", '2', ' ', false, v -> s);
    }

    private void subjects(RecordBuilder b) {
        List<Subject> subjects = w.subjects();
        for (int i = 0; i < subjects.size(); i++) {
            if (i > 0 && (c.minimal() || c.chance(0.15))) {
                continue;
            }
            Subject s = subjects.get(i);
            List<Subfield> parts = new ArrayList<>(s.parts());
            Subfield last = parts.get(parts.size() - 1);
            parts.set(parts.size() - 1, sf(last.code(), Punctuation.period(last.value())));
            c.emit(b, s.tag(), ' ', '0', false, v -> parts);
        }
        if (c.minimal()) {
            return;
        }
        if (w.fiction() && c.rda() && c.chance(0.5)) {
            b.field("655", ' ', '7', sf('a', "Fiction."), sf('2', "lcgft"));
        }
        if (w.localSubject() != null && LOCAL_CJK_SUBJECTS.contains(c.profile().code().substring(0, 3))
                && c.chance(0.6)) {
            Text local = w.localSubject();
            c.emit(b, "650", ' ', '4', true, v -> List.of(sf('a', Punctuation.period(
                    v ? c.text(local, true) : EnglishDrafts.capitalise(local.roman())))));
        } else if (!w.language().cjk() && c.chance(0.1)) {
            b.field("650", ' ', '4', sf('a', Punctuation.period(Punctuation.titleCase(w.topicLabel()))));
        }
    }
}
