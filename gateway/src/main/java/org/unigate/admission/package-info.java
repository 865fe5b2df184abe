/**
 * Thread discipline at the doors: {@link org.unigate.admission.Admission} bounds the requests a
 * door has in progress and waiting, so overload becomes a prompt, protocol-correct "busy"
 * answer instead of an unbounded queue that starves member answers into time-outs;
 * {@link org.unigate.admission.BoundedPool} is a fixed set of threads with a bounded queue for
 * the CPU work a door does off its event loop (writing response documents).
 */
package org.unigate.admission;
