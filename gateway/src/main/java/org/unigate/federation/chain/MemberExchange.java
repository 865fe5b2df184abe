package org.unigate.federation.chain;

import java.util.Objects;
import org.unigate.federation.sharing.SharingContext;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;

/**
 * One call to one member as it passes down the chain: which member, the search (as links may
 * have changed it), the round's deadline, whose eyes the records are for, and the token that
 * lets the deadline call the member off.
 */
public record MemberExchange(MemberClient client, MemberSearch search, Deadline deadline, SharingContext sharing,
                             Cancellation cancellation) {

    public MemberExchange {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    public static MemberExchange of(MemberClient client, MemberSearch search, Deadline deadline, SharingContext sharing) {
        return new MemberExchange(client, search, deadline, sharing, new Cancellation());
    }

    public MemberSpec spec() {
        return client.spec();
    }

    public String memberId() {
        return client.spec().id();
    }

    public MemberExchange withSearch(MemberSearch v) {
        return new MemberExchange(client, v, deadline, sharing, cancellation);
    }
}
