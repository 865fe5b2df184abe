package org.unigate.federation.catalogue;

import java.util.Objects;
import org.unigate.feed.ChangeFeed;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.marc.MarcRecord;
import org.unigate.member.Sharing;

/**
 * A member whose records the gateway holds locally, as the union catalogue reads it: its feed of
 * records and the sharing rules that decide what of them the public union may show.
 */
public record CatalogueMember(String id, ChangeFeed<MarcRecord> feed, Sharing sharing) {

    public CatalogueMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(feed, "feed");
        sharing = sharing == null ? Sharing.WHOLE : sharing;
    }

    SharingFilter filter() {
        return new SharingFilter(sharing);
    }
}
