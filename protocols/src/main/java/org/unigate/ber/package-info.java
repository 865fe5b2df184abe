/**
 * A small BER toolkit: tags of any class and size, definite and indefinite lengths, a validating
 * {@link org.unigate.ber.BerReader}, a {@link org.unigate.ber.BerWriter} writing minimal
 * definite lengths, EXTERNAL, and {@link org.unigate.ber.BerFrameDecoder}, which cuts a TCP
 * stream into PDUs under {@link org.unigate.ber.BerLimits}. Every input problem is a
 * {@link org.unigate.ber.BerException}.
 */
package org.unigate.ber;
