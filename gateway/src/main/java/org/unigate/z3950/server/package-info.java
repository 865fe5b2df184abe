/**
 * The gateway as a Z39.50 server in front of the union: a Netty listener
 * ({@link org.unigate.z3950.server.Z3950Server}) whose sessions answer Init, Search, Present,
 * Scan, Sort, Delete-result-set and Close with the operations of
 * {@link org.unigate.z3950.server.Z3950Service}, over one {@link org.unigate.federation.UnionEngine}.
 *
 * <p>Databases: {@code union} (or {@code Default}) is every member, a member id that member, a
 * virtual database its members; several names search the union of their members. Queries:
 * Type-1/101 RPN through the default index map, or CQL (type 104). Result counts are the
 * engine's deduplicated estimate; members that fail are reported in otherInfo while the others'
 * records are still served. Records: USMARC/MARC21 (ISO 2709), SUTRS and OPAC (with every
 * member's holdings) in element sets F and B; XML in the formats SRU and OAI-PMH share (element
 * sets marcxml, dc, oai_dc, mods and unigate, the union record with its held-by list; see
 * {@link org.unigate.z3950.server.Renditions}) and MARC-in-JSON; always UTF-8. Scan browses the title, author
 * and subject headings of the members; sort re-runs the union search sorted by title, author or
 * date into a named set. Every refusal is a Bib-1 diagnostic; input that is not Z39.50 ends the
 * session with a Close saying why.
 *
 * <p>Start it with {@code Z3950Server.start(new Z3950Service(engine, config, Z3950Settings.from(config.server())))};
 * the gateway server does so next to the HTTP front end.
 */
package org.unigate.z3950.server;
