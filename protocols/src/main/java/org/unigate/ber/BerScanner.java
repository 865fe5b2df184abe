package org.unigate.ber;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * Walks the structure of one BER element as its bytes arrive, without copying them: finds
 * where the element ends (definite or indefinite lengths, nested to any allowed depth) and
 * enforces {@link BerLimits} on the way. Resumable: call {@link #scan} again with more bytes
 * and it goes on where it stopped, so a slow peer never makes it rescan. Offsets are relative
 * to the buffer's reader index, which may move between calls.
 */
public final class BerScanner {

    /** Told where each indefinite-length element's contents end (its end-of-contents octets). */
    @FunctionalInterface
    public interface IndefiniteEnds {
        void found(int contentStart, int endOfContents);
    }

    private static final int OPEN = -1;

    private final BerLimits limits;
    private final IndefiniteEnds listener;
    private final BerHeader header = new BerHeader();
    private int[] ends = new int[16];
    private int[] bounds = new int[16];
    private int[] starts = new int[16];
    private int depth;
    private int pos;
    private int elements;
    private boolean started;

    public BerScanner(BerLimits limits) {
        this(limits, null);
    }

    public BerScanner(BerLimits limits, IndefiniteEnds listener) {
        this.limits = limits;
        this.listener = listener;
    }

    /** True once part of an element has been scanned and its end is not yet found. */
    public boolean inProgress() {
        return started;
    }

    /**
     * Scans from {@code buf.readerIndex()}.
     *
     * @return the element's total length once all of it is readable, else -1 (need more bytes)
     * @throws BerException for malformed structure or a crossed limit; the scanner must then be
     *     {@link #reset} before reuse
     */
    public int scan(ByteBuf buf) {
        int base = buf.readerIndex();
        int available = buf.readableBytes();
        while (true) {
            while (depth > 0 && ends[depth - 1] == pos) {
                depth--;
            }
            if (started && depth == 0) {
                if (pos > available) {
                    return -1;
                }
                int length = pos;
                reset();
                return length;
            }
            int bound = depth == 0 ? limits.maxPduSize() : bounds[depth - 1];
            int limit = Math.min(available, bound);
            if (pos >= available || !header.parse(buf, base + pos, base + limit)) {
                if (bound <= available) {
                    if (bound == limits.maxPduSize()) {
                        throw new BerException(BerException.Problem.PDU_TOO_LARGE, "PDU longer than " + bound + " bytes");
                    }
                    throw BerException.malformed("element at offset " + pos + " runs past its enclosing element");
                }
                return -1;
            }
            started = true;
            if (header.isEndOfContents()) {
                closeIndefinite();
                continue;
            }
            if (++elements > limits.maxElements()) {
                throw new BerException(BerException.Problem.TOO_MANY_ELEMENTS, "more than " + limits.maxElements() + " elements");
            }
            int contentStart = pos + header.headerLength;
            long end = header.length == BerHeader.INDEFINITE ? contentStart : (long) contentStart + header.length;
            if (end > bound) {
                if (depth == 0 || end > limits.maxPduSize()) {
                    throw new BerException(BerException.Problem.PDU_TOO_LARGE, "element of " + (end - pos)
                            + " bytes at offset " + pos + " exceeds the limit of " + limits.maxPduSize());
                }
                throw BerException.malformed("element " + header.describe() + " at offset " + pos + " overruns its enclosing element");
            }
            if (header.constructed) {
                open(contentStart, header.length == BerHeader.INDEFINITE ? OPEN : (int) end, bound);
            }
            pos = header.constructed ? contentStart : (int) end;
        }
    }

    /** Forgets any partial scan, for the next element. */
    public void reset() {
        depth = 0;
        pos = 0;
        elements = 0;
        started = false;
    }

    private void open(int contentStart, int end, int parentBound) {
        if (depth >= limits.maxDepth()) {
            throw new BerException(BerException.Problem.TOO_DEEP, "elements nested deeper than " + limits.maxDepth());
        }
        if (depth == ends.length) {
            int grown = Math.min(ends.length * 2, limits.maxDepth());
            ends = Arrays.copyOf(ends, grown);
            bounds = Arrays.copyOf(bounds, grown);
            starts = Arrays.copyOf(starts, grown);
        }
        ends[depth] = end;
        bounds[depth] = end == OPEN ? parentBound : end;
        starts[depth] = contentStart;
        depth++;
    }

    private void closeIndefinite() {
        if (depth == 0 || ends[depth - 1] != OPEN) {
            throw BerException.malformed("end-of-contents octets at offset " + pos + " outside an indefinite-length element");
        }
        depth--;
        if (listener != null) {
            listener.found(starts[depth], pos);
        }
        pos += 2;
    }
}
