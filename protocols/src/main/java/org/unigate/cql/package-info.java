/**
 * CQL, the query language of SRU: {@link org.unigate.cql.CqlParser} reads CQL 1.2 (with CQL 2.0
 * {@code sortBy}) into the gateway's query tree, {@link org.unigate.cql.CqlValidator} checks a tree
 * against what a server supports, {@link org.unigate.cql.CqlWriter} and
 * {@link org.unigate.cql.XcqlWriter} write a tree back out as CQL or XCQL.
 */
package org.unigate.cql;
