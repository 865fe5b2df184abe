/**
 * OAI-PMH 2.0 on the wire, for the harvester and the provider alike: the verbs and their
 * arguments, the error codes, UTC datestamps at either granularity ({@link org.unigate.oai.OaiDates},
 * {@link org.unigate.oai.Granularity}) and the namespace with the reading helpers
 * ({@link org.unigate.oai.OaiPmh}).
 */
package org.unigate.oai;
