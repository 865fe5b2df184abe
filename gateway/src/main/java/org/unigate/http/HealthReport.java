package org.unigate.http;

import java.util.List;

/** What {@code /health} says: the consortium, overall state, and each member's state. */
public record HealthReport(String consortium, String status, List<MemberHealth> members) {

    public HealthReport {
        members = List.copyOf(members);
    }

    /** One member: its protocol and circuit state ({@code closed} = healthy, {@code open} = skipped). */
    public record MemberHealth(String id, String name, String protocol, String state) {
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
