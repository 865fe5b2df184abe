package org.unigate.z3950.client;

/** A member's {@code host:port}; IPv6 literals in brackets ({@code [::1]:210}). */
record MemberAddress(String host, int port) {

    static MemberAddress parse(String memberId, String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("Z39.50 member " + memberId + " has no address (host:port)");
        }
        String a = address.strip();
        if (a.startsWith("tcp:")) {
            a = a.substring(4);
        }
        int colon = a.lastIndexOf(':');
        if (colon <= 0 || colon == a.length() - 1) {
            throw new IllegalArgumentException("Z39.50 member " + memberId + ": expected host:port, got \"" + address + "\"");
        }
        String host = a.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(a.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535 || host.isEmpty()) {
            throw new IllegalArgumentException("Z39.50 member " + memberId + ": bad host or port in \"" + address + "\"");
        }
        return new MemberAddress(host, port);
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
