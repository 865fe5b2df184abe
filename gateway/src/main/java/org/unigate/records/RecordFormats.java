package org.unigate.records;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.unigate.config.ConsortiumConfig;
import org.unigate.marc.DublinCoreWriter;
import org.unigate.member.MemberSpec;

/** The record formats the gateway serves, found by short name, alias or SRU schema identifier. */
public final class RecordFormats {

    /** Names other systems use for our formats (OAI-PMH's customary marc21 prefix is MARCXML). */
    private static final Map<String, String> ALIASES = Map.of(
            "marc21", "marcxml",
            "marcxml-v1.1", "marcxml",
            "srw_dc", "dc",
            "marc-in-json", "json",
            "mods-v3.7", "mods",
            "union", "unigate");

    private final List<RecordFormat> formats;

    private RecordFormats(List<RecordFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The standard formats; unigate records name members by id only. */
    public static RecordFormats standard() {
        return standard(memberId -> null);
    }

    /**
     * The standard formats, with unigate records naming each member.
     *
     * @param memberNames a member's display name by its id, null when it has none
     */
    /** The standard formats, naming members as the consortium's configuration does. */
    public static RecordFormats standard(ConsortiumConfig config) {
        return standard(id -> config.member(id).map(MemberSpec::name).orElse(null));
    }

    public static RecordFormats standard(Function<String, String> memberNames) {
        return new RecordFormats(List.of(
                new MarcXmlFormat(),
                new DublinCoreFormat(DublinCoreWriter.Flavour.SRW_DC),
                new DublinCoreFormat(DublinCoreWriter.Flavour.OAI_DC),
                new ModsFormat(),
                new UnigateFormat(memberNames),
                new MarcJsonFormat()));
    }

    /** Every format, in the order explain and ListMetadataFormats list them. */
    public List<RecordFormat> all() {
        return formats;
    }

    /** The format a client means by {@code name}: a short name, an alias or an SRU schema identifier. */
    public Optional<RecordFormat> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        String canonical = ALIASES.getOrDefault(key, key);
        return formats.stream()
                .filter(f -> f.name().equals(canonical) || f.identifier().equalsIgnoreCase(name.trim()))
                .findFirst();
    }
}
