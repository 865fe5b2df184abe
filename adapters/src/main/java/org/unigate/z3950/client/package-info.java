/**
 * The Z39.50 member client: {@link org.unigate.z3950.client.Z3950MemberClient} behind
 * {@link org.unigate.member.MemberClient}, built on the shared {@code org.unigate.z3950} codec
 * and Netty.
 *
 * <p>Open clients with {@link org.unigate.z3950.client.Z3950ClientFactory#shared()} (or a
 * factory of your own {@link org.unigate.z3950.client.Z3950ClientSettings}); all clients of a
 * factory share one event-loop group, closed with the last client, and one decoding executor
 * (the caller's, or a bounded pool of the factory's own): the event loops only move bytes,
 * records are decoded and futures completed on the executor. Per member, a small pool
 * of sessions: Init (UTF-8 proposed by charset negotiation) once per connection, then Search
 * with a named result set, the first page piggybacked, Present for the rest, deeper pages
 * presented from the session's result set when the same query made it. Records are ISO 2709
 * (MARC-8 or UTF-8 per {@link org.unigate.member.MemberSpec#charset()}, leader/09 checked) or
 * MARCXML. Failures complete the future with a diagnostic; nothing throws at the caller.
 * Cancelling an operation's future releases its session at once.
 */
package org.unigate.z3950.client;
