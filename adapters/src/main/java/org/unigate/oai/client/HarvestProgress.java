package org.unigate.oai.client;

/** Told after each committed page, so a command line or log can show a harvest advancing. */
@FunctionalInterface
public interface HarvestProgress {

    HarvestProgress NONE = (memberId, pages, records, completeListSize) -> { };

    /**
     * @param records          records and deletions applied so far in this harvest
     * @param completeListSize the provider's size for the list being read, or -1 if it gave none
     */
    void page(String memberId, int pages, long records, long completeListSize);
}
