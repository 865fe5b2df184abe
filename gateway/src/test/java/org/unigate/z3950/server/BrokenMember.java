package org.unigate.z3950.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;

/** A member whose connection always fails, or one that never answers at all. */
final class BrokenMember implements MemberClient {

    private final MemberSpec spec;
    private final boolean hangs;

    private BrokenMember(String id, boolean hangs) {
        this.spec = MemberSpec.builder(id, Protocol.EMBEDDED).name("Broken " + id).timeout(Duration.ofMinutes(5)).build();
        this.hangs = hangs;
    }

    static BrokenMember failing(String id) {
        return new BrokenMember(id, false);
    }

    static BrokenMember hanging(String id) {
        return new BrokenMember(id, true);
    }

    @Override
    public MemberSpec spec() {
        return spec;
    }

    @Override
    public CompletableFuture<MemberResponse> search(MemberSearch search) {
        return hangs ? new CompletableFuture<>() : CompletableFuture.failedFuture(new IOException("connection refused"));
    }

    @Override
    public CompletableFuture<ScanResponse> scan(ScanRequest request) {
        return hangs ? new CompletableFuture<>() : CompletableFuture.failedFuture(new IOException("connection refused"));
    }

    @Override
    public void close() {
    }
}
