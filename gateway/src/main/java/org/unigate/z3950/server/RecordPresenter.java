package org.unigate.z3950.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.federation.UnionEngine;
import org.unigate.union.UnionRecord;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SurrogateDiagnostic;

/**
 * Fetches a range of a named set from the engine and turns it into response records, for
 * present and for records piggy-backed on a search. At most {@code maxRecords} records go in
 * one response (presentStatus partial-4 when more were asked for), and they are kept within
 * the agreed message sizes by {@link MessageBudget}.
 */
final class RecordPresenter {

    /** The records of one response and its presentStatus. */
    record Page(List<NamePlusRecord> records, PresentStatus status) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RecordPresenter.class);

    private final UnionEngine engine;
    private final RecordRenderer renderer;
    private final int maxRecords;

    RecordPresenter(UnionEngine engine, RecordRenderer renderer, int maxRecords) {
        this.engine = engine;
        this.renderer = renderer;
        this.maxRecords = Math.min(maxRecords, engine.settings().maxPageSize());
    }

    /**
     * Records {@code start .. start+requested-1} (1-based) as {@code spec} asks; a syntax or element
     * set that cannot be given fails before any record is fetched, a start outside the set is 13.
     */
    CompletableFuture<Page> present(Session.NamedSet set, int start, int requested, RecordSpec spec,
                                    Session.Agreed agreed) {
        Rendition rendition;
        try {
            rendition = renderer.choose(spec);
        } catch (Bib1.Failure e) {
            return CompletableFuture.failedFuture(e);
        }
        if (requested < 0 || start < 1 || (requested > 0 && start > set.count())) {
            return CompletableFuture.failedFuture(Bib1.failure(Bib1.PRESENT_OUT_OF_RANGE,
                    "start " + start + ", " + requested + " records, set size " + set.count()));
        }
        if (requested == 0) {
            return CompletableFuture.completedFuture(new Page(List.of(), PresentStatus.SUCCESS));
        }
        long available = set.count() - start + 1;
        int count = (int) Math.min(requested, Math.min(available, maxRecords));
        boolean capped = requested > count && available > count;
        // Rendering (ISO 2709, XML, MARC-8) is CPU work: never on the event loop that asked for it.
        return engine.page(set.engineId(), start - 1, count)
                .handleAsync((records, error) -> {
                    if (error != null) {
                        throw new CompletionException(gone(set, error));
                    }
                    if (records.isEmpty()) {
                        throw Bib1.failure(Bib1.PRESENT_OUT_OF_RANGE, "start " + start + " is past the last record");
                    }
                    return page(set, records, rendition, agreed, capped);
                }, engine.cpu());
    }

    private Page page(Session.NamedSet set, List<UnionRecord> records, Rendition rendition, Session.Agreed agreed,
                      boolean capped) {
        MessageBudget budget = new MessageBudget(agreed.preferredMessageSize(), agreed.exceptionalRecordSize(),
                records.size() == 1);
        List<NamePlusRecord> out = new ArrayList<>(records.size());
        for (UnionRecord union : records) {
            RetrievalRecord rendered;
            try {
                rendered = renderer.render(union, rendition);
            } catch (RuntimeException e) {
                LOG.warn("record {} could not be rendered as {}", union.unionId(), rendition, e);
                out.add(surrogate(set, Bib1.SYSTEM_ERROR_PRESENTING, "record " + union.unionId() + " could not be converted"));
                continue;
            }
            int size = RecordRenderer.size(rendered);
            switch (budget.admit(size)) {
                case SEND -> out.add(new NamePlusRecord(set.database(), rendered));
                case EXCEEDS_MESSAGE_SIZE -> out.add(surrogate(set, Bib1.EXCEEDS_PREFERRED_MESSAGE_SIZE,
                        size + " bytes > preferred message size " + agreed.preferredMessageSize()));
                case EXCEEDS_RECORD_SIZE -> out.add(surrogate(set, Bib1.EXCEEDS_EXCEPTIONAL_RECORD_SIZE,
                        size + " bytes > exceptional record size " + agreed.exceptionalRecordSize()));
                case FULL -> {
                    return new Page(out, PresentStatus.PARTIAL_2);
                }
            }
        }
        return new Page(out, capped ? PresentStatus.PARTIAL_4 : PresentStatus.SUCCESS);
    }

    private static NamePlusRecord surrogate(Session.NamedSet set, int condition, String addinfo) {
        return new NamePlusRecord(set.database(), new SurrogateDiagnostic(DefaultDiagFormat.bib1(condition, addinfo)));
    }

    /** The engine dropped a set the session still names (its time ran out): diagnostic 27. */
    private static Throwable gone(Session.NamedSet set, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof DiagnosticException d && d.diagnostic().condition() == Condition.RESULT_SET_DOES_NOT_EXIST) {
            return Bib1.failure(Bib1.RESULT_SET_DELETED_BY_TARGET, set.name());
        }
        return cause;
    }
}
