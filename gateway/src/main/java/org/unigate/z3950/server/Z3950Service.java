package org.unigate.z3950.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.unigate.admission.Admission;
import org.unigate.config.ConsortiumConfig;
import org.unigate.federation.UnionEngine;
import org.unigate.member.MemberSpec;
import org.unigate.records.RecordFormats;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.DeleteResultSetRequest;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SortRequest;

/**
 * The Z39.50 operations over one union engine and configuration, shared by every session:
 * Init, Search, Present, Scan, Sort and Delete-result-set. Each answers with its response APDU,
 * diagnostics included; none fails its future or blocks the calling thread. Thread-safe; the
 * per-association state is the {@link Session} passed in.
 *
 * <p>Search, Present, Scan and Sort pass the server's door first ({@code server.admission.z3950}):
 * beyond the operations it lets run and wait, they are answered at once with a Bib-1
 * temporary-system-error diagnostic ({@link BusyAnswer}). A session itself runs one operation at
 * a time (see {@link SessionHandler}), so the door bounds the server, the session bounds itself.
 */
public final class Z3950Service implements MeterBinder {

    private final Z3950Settings settings;
    private final InitOperation init;
    private final SearchOperation search;
    private final PresentOperation present;
    private final ScanOperation scan;
    private final SortOperation sort;
    private final DeleteOperation delete = new DeleteOperation();
    private final Admission door;

    public Z3950Service(UnionEngine engine, ConsortiumConfig config, Z3950Settings settings) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(config, "config");
        this.settings = Objects.requireNonNull(settings, "settings");
        Databases databases = new Databases(config);
        Queries queries = new Queries();
        RecordRenderer renderer = new RecordRenderer(RecordFormats.standard(config),
                id -> config.member(id).map(MemberSpec::name).orElse(id));
        RecordPresenter presenter = new RecordPresenter(engine, renderer, settings.maxRecords());
        this.init = new InitOperation(settings.maxMessageSize());
        this.search = new SearchOperation(engine, databases, queries, presenter);
        this.present = new PresentOperation(presenter);
        this.scan = new ScanOperation(engine, databases, queries, settings.maxRecords());
        this.sort = new SortOperation(engine, new SortKeys(queries));
        this.door = new Admission("z3950", config.server().admission().z3950());
    }

    public Z3950Settings settings() {
        return settings;
    }

    Session newSession() {
        return new Session(settings.maxResultSets());
    }

    /**
     * The response to an Init or to an operation of an initialised session; null for an APDU
     * that is not an operation request (the session then ends it with a Close).
     */
    CompletableFuture<? extends Apdu> answer(Session session, Apdu request) {
        if (request instanceof InitializeRequest r) {
            return CompletableFuture.completedFuture(init.answer(session, r));
        }
        if (request instanceof DeleteResultSetRequest r) {
            return CompletableFuture.completedFuture(delete.answer(session, r));
        }
        if (BusyAnswer.gated(request)) {
            return door.<Apdu>admit(() -> operate(session, request))
                    .exceptionally(error -> BusyAnswer.to(session, request, error));
        }
        return null;
    }

    private CompletableFuture<? extends Apdu> operate(Session session, Apdu request) {
        if (request instanceof SearchRequest r) {
            return search.answer(session, r);
        }
        if (request instanceof PresentRequest r) {
            return present.answer(session, r);
        }
        if (request instanceof ScanRequest r) {
            return scan.answer(session, r);
        }
        return sort.answer(session, (SortRequest) request);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        door.bindTo(registry);
    }
}
