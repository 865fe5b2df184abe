/**
 * BER encoding of the Z39.50 APDUs following Z39-50-APDU-1995 as YAZ encodes it, one codec per
 * APDU family, and the Netty handlers: {@link org.unigate.z3950.codec.Z3950Codecs#install}
 * sets up frame decoder, {@link org.unigate.z3950.codec.ApduDecoder} and
 * {@link org.unigate.z3950.codec.ApduEncoder} for a server or a client alike.
 */
package org.unigate.z3950.codec;
