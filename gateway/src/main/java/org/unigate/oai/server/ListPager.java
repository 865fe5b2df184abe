package org.unigate.oai.server;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unigate.oai.OaiDates;
import org.unigate.oai.OaiError;
import org.unigate.oai.OaiException;
import org.unigate.oai.OaiVerb;
import org.unigate.union.UnionRecord;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;

/**
 * ListIdentifiers and ListRecords: one page at a time over the sets a list covers, in the
 * repository's set order and each feed's (datestamp, id) order, resuming strictly after the
 * last entry the previous page sent. Nothing about a list is kept between requests.
 */
final class ListPager {

    private final List<OaiSet> sets;
    private final List<OaiFormat> formats;
    private final OaiIdentifiers identifiers;
    private final TokenCodec tokens;
    private final int pageSize;

    ListPager(List<OaiSet> sets, List<OaiFormat> formats, OaiIdentifiers identifiers, TokenCodec tokens, int pageSize) {
        this.sets = sets;
        this.formats = formats;
        this.identifiers = identifiers;
        this.tokens = tokens;
        this.pageSize = pageSize;
    }

    OaiReply.Page first(OaiRequest request) throws OaiException, IOException {
        OaiDates.Bound from = request.argument("from").isPresent() ? OaiDates.from(request.arguments().get("from")) : null;
        OaiDates.Bound until = request.argument("until").isPresent() ? OaiDates.until(request.arguments().get("until")) : null;
        if (from != null && until != null) {
            if (from.dayGranularity() != until.dayGranularity()) {
                throw new OaiException(OaiError.BAD_ARGUMENT, "from and until must have the same granularity");
            }
            if (from.instant().isAfter(until.instant())) {
                throw new OaiException(OaiError.BAD_ARGUMENT, "from is later than until");
            }
        }
        OaiFormat format = format(request.argument("metadataPrefix").orElseThrow());
        String set = request.arguments().get("set");
        List<Integer> covered = covered(set);
        if (covered.isEmpty()) {
            throw new OaiException(OaiError.NO_RECORDS_MATCH, "this repository has no set '" + set + "'");
        }
        Instant lo = from == null ? null : from.instant();
        Instant hi = until == null ? null : until.instant();
        long size = 0;
        for (int i : covered) {
            size += sets.get(i).feed().count(lo, hi);
        }
        if (size == 0) {
            throw new OaiException(OaiError.NO_RECORDS_MATCH, "no records match the arguments");
        }
        ResumptionToken start = new ResumptionToken(request.verb(), format.prefix(), set, lo, hi,
                covered.get(0), null, 0, size, tokens.now());
        return page(start, format);
    }

    OaiReply.Page resume(OaiVerb verb, String token) throws OaiException, IOException {
        ResumptionToken state = tokens.decode(token);
        if (state.verb() != verb) {
            throw new OaiException(OaiError.BAD_RESUMPTION_TOKEN, "the resumption token belongs to "
                    + state.verb().protocolName());
        }
        if (state.feed() < 0 || state.feed() >= sets.size() || !sets.get(state.feed()).within(state.set())) {
            throw new OaiException(OaiError.BAD_RESUMPTION_TOKEN, "the resumption token names a set this repository no longer has");
        }
        return page(state, format(state.metadataPrefix()));
    }

    private OaiReply.Page page(ResumptionToken state, OaiFormat format) throws IOException {
        List<OaiReply.Item> items = new ArrayList<>(pageSize + 1);
        List<Integer> itemFeeds = new ArrayList<>(pageSize + 1);
        for (int i = state.feed(); i < sets.size() && items.size() <= pageSize; i++) {
            OaiSet set = sets.get(i);
            if (!set.within(state.set())) {
                continue;
            }
            FeedPosition after = i == state.feed() ? state.after() : null;
            for (FeedEntry<UnionRecord> e : set.feed().changes(state.from(), state.until(), after, pageSize + 1 - items.size())) {
                items.add(new OaiReply.Item(identifiers.identifier(set.part(), e.id()), set.spec(), e));
                itemFeeds.add(i);
            }
        }
        boolean more = items.size() > pageSize;
        if (more) {
            items.remove(pageSize);
        }
        boolean withMetadata = state.verb() == OaiVerb.LIST_RECORDS;
        long cursor = state.cursor();
        if (!more) {
            String last = state.after() == null ? null : "";
            return new OaiReply.Page(items, format, withMetadata, last, null, Math.max(state.listSize(), cursor + items.size()), cursor);
        }
        OaiReply.Item lastItem = items.get(items.size() - 1);
        ResumptionToken next = new ResumptionToken(state.verb(), state.metadataPrefix(), state.set(), state.from(),
                state.until(), itemFeeds.get(items.size() - 1), lastItem.entry().position(), cursor + items.size(),
                state.listSize(), tokens.now());
        return new OaiReply.Page(items, format, withMetadata, tokens.encode(next), tokens.expiry(next),
                Math.max(state.listSize(), next.cursor() + 1), cursor);
    }

    private List<Integer> covered(String set) {
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).within(set)) {
                covered.add(i);
            }
        }
        return covered;
    }

    OaiFormat format(String prefix) throws OaiException {
        return find(formats, prefix).orElseThrow(() -> new OaiException(OaiError.CANNOT_DISSEMINATE_FORMAT,
                "this repository offers no metadata format '" + prefix + "'"));
    }

    static Optional<OaiFormat> find(List<OaiFormat> formats, String prefix) {
        return formats.stream().filter(f -> f.prefix().equals(prefix)).findFirst();
    }
}
