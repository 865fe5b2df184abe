/**
 * The Z39.50-1995 (version 3) APDUs as immutable records under the sealed
 * {@link org.unigate.z3950.Apdu}: Init (with character set negotiation), Search, Present
 * (MARC, XML, SUTRS and OPAC records, surrogate diagnostics), Scan, Sort, Delete result set
 * and Close. Queries use {@link org.unigate.rpn.RpnQuery}.
 */
package org.unigate.z3950;
