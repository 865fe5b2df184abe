package org.unigate.oai.server;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unigate.config.OaiSettings;
import org.unigate.oai.OaiError;
import org.unigate.oai.OaiException;
import org.unigate.oai.OaiVerb;
import org.unigate.union.UnionRecord;
import org.unigate.feed.FeedEntry;

/**
 * The OAI-PMH 2.0 repository over a list of named change feeds: whoever implements them (a
 * member's catalogue, the union catalogue, a test's list), it answers the six verbs. A list
 * without a set covers every set; identifiers are unique across sets because each carries its
 * set's part ({@code member id} or {@code union}).
 */
public final class OaiRepository {

    private final OaiSettings settings;
    private final String repositoryName;
    private final List<OaiSet> sets;
    private final List<OaiFormat> formats;
    private final OaiIdentifiers identifiers;
    private final ListPager pager;

    public OaiRepository(OaiSettings settings, String repositoryName, List<OaiSet> sets, List<OaiFormat> formats,
                         TokenCodec tokens) {
        if (!OaiIdentifiers.REPOSITORY_IDENTIFIER.matcher(settings.repositoryIdentifier()).matches()) {
            throw new IllegalArgumentException("repositoryIdentifier '" + settings.repositoryIdentifier()
                    + "' is not a domain-name-like identifier (oai-identifier syntax)");
        }
        if (settings.pageSize() < 1) {
            throw new IllegalArgumentException("the OAI-PMH page size must be at least 1");
        }
        Set<String> parts = new HashSet<>();
        sets.forEach(s -> {
            if (!parts.add(s.part())) {
                throw new IllegalArgumentException("two sets share the identifier part '" + s.part() + "'");
            }
        });
        this.settings = settings;
        this.repositoryName = settings.repositoryName() != null ? settings.repositoryName() : repositoryName;
        this.sets = List.copyOf(sets);
        this.formats = List.copyOf(formats);
        this.identifiers = new OaiIdentifiers(settings.repositoryIdentifier());
        this.pager = new ListPager(this.sets, this.formats, identifiers, tokens, settings.pageSize());
    }

    /** A request's answer; {@code request} is null when the request itself was not legal. */
    public record Answer(OaiRequest request, OaiReply reply) {
    }

    /** Answers the parameters of one HTTP request. Feeds' I/O failures propagate: they are not OAI errors. */
    public Answer answer(Map<String, List<String>> parameters) throws IOException {
        OaiRequest request;
        try {
            request = OaiRequest.parse(parameters);
        } catch (OaiException e) {
            return new Answer(null, new OaiReply.Error(e.error(), e.getMessage()));
        }
        try {
            return new Answer(request, reply(request));
        } catch (OaiException e) {
            return new Answer(e.error().invalidatesRequest() ? null : request,
                    new OaiReply.Error(e.error(), e.getMessage()));
        }
    }

    private OaiReply reply(OaiRequest request) throws OaiException, IOException {
        Optional<String> token = request.argument(OaiVerb.RESUMPTION_TOKEN);
        return switch (request.verb()) {
            case IDENTIFY -> identify();
            case LIST_METADATA_FORMATS -> request.argument("identifier").isPresent()
                    ? new OaiReply.MetadataFormats(formatsOf(find(request.arguments().get("identifier"))))
                    : new OaiReply.MetadataFormats(formats);
            case LIST_SETS -> {
                if (token.isPresent()) {
                    throw new OaiException(OaiError.BAD_RESUMPTION_TOKEN, "ListSets is never split, so has no tokens");
                }
                yield new OaiReply.Sets(setInfos());
            }
            case LIST_IDENTIFIERS, LIST_RECORDS -> token.isPresent()
                    ? pager.resume(request.verb(), token.get())
                    : pager.first(request);
            case GET_RECORD -> {
                OaiReply.Item item = find(request.arguments().get("identifier"));
                yield new OaiReply.Single(item, pager.format(request.arguments().get("metadataPrefix")));
            }
        };
    }

    private OaiReply.Identify identify() throws IOException {
        Instant earliest = null;
        for (OaiSet set : sets) {
            Optional<Instant> e = set.feed().earliestDatestamp();
            if (e.isPresent() && (earliest == null || e.get().isBefore(earliest))) {
                earliest = e.get();
            }
        }
        // An empty repository still needs a lower bound no later datestamp can undercut.
        return new OaiReply.Identify(repositoryName, List.of(settings.adminEmail()),
                earliest == null ? Instant.EPOCH : earliest, settings.repositoryIdentifier(), identifiers.sample());
    }

    private List<OaiReply.SetInfo> setInfos() {
        List<OaiReply.SetInfo> infos = new ArrayList<>();
        if (sets.stream().anyMatch(s -> s.spec().startsWith(OaiSet.MEMBER + ":"))) {
            infos.add(new OaiReply.SetInfo(OaiSet.MEMBER, "All member catalogues"));
        }
        sets.forEach(s -> infos.add(new OaiReply.SetInfo(s.spec(), s.name())));
        return infos;
    }

    /** Every format disseminates every record; a deleted one keeps its formats, only without metadata. */
    private List<OaiFormat> formatsOf(OaiReply.Item item) throws OaiException {
        if (formats.isEmpty()) {
            throw new OaiException(OaiError.NO_METADATA_FORMATS, "no metadata formats for " + item.identifier());
        }
        return formats;
    }

    private OaiReply.Item find(String identifier) throws OaiException, IOException {
        Optional<OaiIdentifiers.Parsed> parsed = identifiers.parse(identifier);
        if (parsed.isPresent()) {
            for (OaiSet set : sets) {
                if (set.part().equals(parsed.get().part())) {
                    Optional<FeedEntry<UnionRecord>> entry = set.feed().entry(parsed.get().localId());
                    if (entry.isPresent()) {
                        return new OaiReply.Item(identifiers.identifier(set.part(), entry.get().id()), set.spec(),
                                entry.get());
                    }
                }
            }
        }
        throw new OaiException(OaiError.ID_DOES_NOT_EXIST, "this repository holds no item '" + identifier + "'");
    }

    public List<OaiSet> sets() {
        return sets;
    }

    public List<OaiFormat> formats() {
        return formats;
    }

    public OaiIdentifiers identifiers() {
        return identifiers;
    }
}
