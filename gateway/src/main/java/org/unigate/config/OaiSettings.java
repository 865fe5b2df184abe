package org.unigate.config;

import java.time.Duration;

/**
 * The OAI-PMH provider.
 *
 * @param path                 the endpoint's path
 * @param repositoryName       Identify's repositoryName; null = the consortium's name
 * @param adminEmail           Identify's adminEmail (OAI-PMH requires a mail address with a domain)
 * @param repositoryIdentifier the namespace of item identifiers {@code oai:<repositoryIdentifier>:<local part>}
 * @param pageSize             records (or headers) per list response
 * @param tokenTtl             how long a resumption token stays valid
 * @param tokenSecret          key that signs resumption tokens; every node of a cluster needs the same one.
 *                             Null = a random key generated once and kept in the data folder
 */
public record OaiSettings(String path, String repositoryName, String adminEmail, String repositoryIdentifier,
                          int pageSize, Duration tokenTtl, String tokenSecret) {

    public static final OaiSettings DEFAULTS = new OaiSettings("/oai", null, "admin@unigate.example.org",
            "unigate.example.org", 100, Duration.ofHours(24), null);
}
