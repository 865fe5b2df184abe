package org.unigate.sru.client;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unigate.indexmap.AttributeSpec;
import org.unigate.indexmap.IndexMap;
import org.unigate.indexmap.MapEntry;
import org.unigate.query.Clause;
import org.unigate.query.StandardIndex;
import org.unigate.rpn.AttributeSet;

/**
 * Which CQL index a member understands for one of the gateway's indexes. The member's map (its
 * cql2pqf file, or the gateway's default map) lists the indexes it supports. An index is looked
 * up, in order: by name, through the context-set URI so a member's own prefix for the same set
 * is used; by Bib-1 Use attribute, so {@code rec.identifier} finds a member's {@code rec.id};
 * by meaning ({@link StandardIndex}). Nothing found means unsupported: the caller reports it
 * rather than sending a different index. Immutable and thread-safe.
 */
final class MemberIndexes {

    private static final int USE = 1;

    private final IndexMap gateway;
    private final IndexMap member;
    private final List<MapEntry> memberIndexes;

    MemberIndexes(IndexMap gateway, IndexMap member) {
        this.gateway = gateway;
        this.member = member;
        this.memberIndexes = member.entries("index");
    }

    /** The member's spelling of {@code index}, or empty when the member has no such index. */
    Optional<String> resolve(String index) {
        QualifiedName name = qualify(index);
        if (name == null) {
            return Optional.empty();
        }
        Optional<String> byName = byName(name);
        if (byName.isPresent()) {
            return byName;
        }
        return byUseAttribute(name).or(() -> byMeaning(index));
    }

    private record QualifiedName(String prefix, String name, String uri) {
        String text() {
            return prefix + "." + name;
        }
    }

    /** Splits the index into prefix and name, an unprefixed one taken in the gateway's default set. */
    private QualifiedName qualify(String index) {
        int dot = index.indexOf('.');
        if (dot == 0 || dot == index.length() - 1) {
            return null;
        }
        if (dot > 0) {
            String prefix = index.substring(0, dot);
            return new QualifiedName(prefix, index.substring(dot + 1), gateway.contextSetUri(prefix).orElse(null));
        }
        Optional<String> uri = gateway.defaultContextSetUri();
        Optional<String> prefix = uri.flatMap(gateway::prefixOf);
        return prefix.map(p -> new QualifiedName(p, index, uri.get())).orElse(null);
    }

    private Optional<String> byName(QualifiedName name) {
        String memberPrefix = name.uri() == null ? name.prefix() : member.prefixOf(name.uri()).orElse(name.prefix());
        return member.entry("index." + memberPrefix + "." + name.name())
                .or(() -> member.entry("index." + name.text()))
                .map(MapEntry::name);
    }

    private Optional<String> byUseAttribute(QualifiedName name) {
        Optional<String> use = gateway.entry("index." + name.text()).flatMap(MemberIndexes::useAttribute);
        if (use.isEmpty()) {
            return Optional.empty();
        }
        return memberIndexes.stream()
                .filter(e -> useAttribute(e).equals(use))
                .map(MapEntry::name)
                .findFirst();
    }

    private Optional<String> byMeaning(String index) {
        StandardIndex meaning = StandardIndex.of(index);
        if (meaning == StandardIndex.UNKNOWN || Clause.SERVER_CHOICE.equalsIgnoreCase(index)) {
            return Optional.empty();
        }
        return memberIndexes.stream()
                .map(MapEntry::name)
                .filter(n -> StandardIndex.of(n) == meaning)
                .findFirst();
    }

    /** The line's Use attribute as text ({@code bib-1 1=4} gives {@code 4}); empty for none or a wildcard. */
    private static Optional<String> useAttribute(MapEntry entry) {
        return entry.attributes().stream()
                .filter(a -> a.type() == USE && !a.wildcard())
                .map(a -> setLabel(a) + a.value().toLowerCase(Locale.ROOT))
                .findFirst();
    }

    /** Bib-1 is the default set, so naming it or not makes no difference. */
    private static String setLabel(AttributeSpec attribute) {
        AttributeSet set = attribute.attributeSet();
        return set == null || set.oid().equals(AttributeSet.BIB1.oid()) ? "" : set.label() + " ";
    }
}
