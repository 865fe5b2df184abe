package org.unigate.testbed.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts SRU answers as a load benchmark sees them: answered in full, partly (a member's
 * diagnostic beside the records) or not at all, the latency of each answered request, the
 * records that came, and a few examples of each kind of problem. Thread-safe.
 */
final class AnswerTally {

    private static final int PROBLEM_KINDS = 20;

    final Percentiles latency = new Percentiles();
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger partial = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong records = new AtomicLong();
    private final Map<String, Integer> problems = new ConcurrentHashMap<>();

    /** Counts a reply and returns what it said. */
    SruAnswer count(HttpGetter.Reply reply) {
        SruAnswer answer = SruAnswer.of(reply);
        count(answer, reply.nanos());
        return answer;
    }

    /** Counts an answer already read, that took {@code nanos}. */
    void count(SruAnswer answer, long nanos) {
        switch (answer.outcome()) {
            case OK -> ok.incrementAndGet();
            case PARTIAL -> {
                partial.incrementAndGet();
                problem("partial: " + answer.problem());
            }
            case FAILED -> {
                failed.incrementAndGet();
                problem(answer.problem());
            }
        }
        if (answer.outcome() != SruAnswer.Outcome.FAILED) {
            latency.add(nanos);
            records.addAndGet(answer.records());
        }
    }

    int ok() {
        return ok.get();
    }

    int partial() {
        return partial.get();
    }

    int failed() {
        return failed.get();
    }

    int answered() {
        return ok.get() + partial.get();
    }

    long records() {
        return records.get();
    }

    /** Kinds of problem and how often each was seen (the first {@value #PROBLEM_KINDS} kinds only). */
    Map<String, Integer> problems() {
        return Map.copyOf(problems);
    }

    private void problem(String what) {
        if (problems.size() < PROBLEM_KINDS || problems.containsKey(what)) {
            problems.merge(what, 1, Integer::sum);
        }
    }
}
