/**
 * SRU 1.1, 1.2 and 2.0 on the wire, for the member client and the server alike: versions and
 * their namespaces and parameter rules ({@link org.unigate.sru.SruVersion}), diagnostic URIs
 * and conditions ({@link org.unigate.sru.SruDiagnostics}), response documents written with
 * {@link org.unigate.sru.SruWriter} and searchRetrieveResponses read with
 * {@link org.unigate.sru.SearchRetrieveReader}, records in either packing.
 */
package org.unigate.sru;
