/**
 * Merging member records that describe the same manifestation into union records.
 *
 * <p><b>Keys.</b> {@link org.unigate.federation.dedup.MatchKeys#of MatchKeys.of(record)} computes,
 * once per record: ISBNs as ISBN-13 ({@link org.unigate.federation.dedup.Isbn}), ISSNs
 * ({@link org.unigate.federation.dedup.Issn}), OCLC numbers
 * ({@link org.unigate.federation.dedup.Oclc}), LCCNs in LC's normalised form
 * ({@link org.unigate.federation.dedup.Lccn}), a descriptive key per script
 * ({@link org.unigate.federation.dedup.DescriptiveKey}: title, first author's surname, publisher,
 * year, folded with {@link org.unigate.text.ScriptFolding}) and the
 * {@link org.unigate.federation.dedup.RecordTraits} a match must not contradict.
 *
 * <p><b>Matching.</b> Union-find over key buckets, never over all pairs. A shared OCLC number,
 * LCCN, ISSN or ISBN joins two records unless carrier, year (within one, ranges exempt),
 * language, edition, part, title numbers or 510 citations disagree; LCCN, ISSN and ISBN also
 * need titles that agree (an ISBN printed on the wrong book, a set ISBN on each volume), and an
 * LCCN publishers that agree (libraries copy the American edition's LCCN onto the British one).
 * Equal descriptive keys join records last, and only clusters without disagreeing identifiers of
 * one kind; there a missing edition statement counts as a first edition.
 *
 * <p><b>Measured.</b> testbed's {@code CorpusDeduplicationQualityTest} (real corpus against hand
 * labels, plus real CJK records against other-script vernacular copies) and
 * {@code GeneratedConsortiumDeduplicationQualityTest} (the demo consortium against the
 * generator's truth) fail below 0.98 pairwise precision or 0.95 recall.
 */
package org.unigate.federation.dedup;
