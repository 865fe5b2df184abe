/**
 * The {@code embedded} member backend: a library catalogue held in-process in a Lucene index,
 * searched with the gateway's query tree behind {@link org.unigate.member.MemberClient}.
 *
 * <p>Start with {@link org.unigate.embedded.EmbeddedMemberClient#load} (loads a member's
 * {@code paths} through {@link org.unigate.embedded.RecordSources}) or build an
 * {@link org.unigate.embedded.EmbeddedCatalogue} yourself ({@code inMemory()} or
 * {@code onDisk(folder)}, then {@code load}, {@code put}, {@code delete}, {@code commit}) and
 * wrap it in {@code new EmbeddedMemberClient(spec, catalogue, executor)}.
 *
 * <p>Search semantics, per {@link org.unigate.query.StandardIndex}:
 * <ul>
 *   <li>Word indexes (any, title, author, subject, publisher): {@code =} and {@code all} need
 *       every word in any order, a CJK run being one word that must appear as written;
 *       {@code any} one word; {@code adj} the phrase; {@code ==}/{@code exact} a whole field
 *       value (case, diacritics, punctuation, an initial article and Chinese script ignored);
 *       {@code < <= > >= within} compare whole values; {@code <>} excludes a whole value.
 *       {@code *} and {@code ?} mask within a word; {@code ^} anchors to a value's start or end.
 *       880 fields count as the field their $6 links to.</li>
 *   <li>Identifier indexes (isbn, issn, lccn, oclc, local number, language, identifier): keys
 *       normalised alike on both sides; ISBN-10 and ISBN-13 find each other.</li>
 *   <li>Date: publication years (008/07-10, 260/264 $c) compared numerically.</li>
 *   <li>{@code prox}: word unit, {@code distance <,<=,=1}, ordered or not, within one word index.</li>
 *   <li>Sorting by title (filing form), author and date, ascending or descending.</li>
 * </ul>
 * Anything else (unknown index, relation or modifier, result set references) raises a
 * diagnostic rather than a different search.
 */
package org.unigate.embedded;
