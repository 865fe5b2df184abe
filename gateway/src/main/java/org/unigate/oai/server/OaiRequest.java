package org.unigate.oai.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unigate.oai.OaiError;
import org.unigate.oai.OaiException;
import org.unigate.oai.OaiVerb;

/**
 * A request whose verb and argument names are legal: each argument once, none the verb does not
 * take, the required ones present, and a resumption token alone. Values are checked by the verb.
 *
 * @param arguments every argument but the verb, in the client's order (echoed in {@code <request>})
 */
public record OaiRequest(OaiVerb verb, Map<String, String> arguments) {

    public static final String VERB = "verb";
    /** Enough for any legal request; a longer value is refused before anything parses it. */
    static final int MAX_VALUE_LENGTH = 4096;
    private static final Pattern SET_SPEC =
            Pattern.compile("([A-Za-z0-9\\-_.!~*'()])+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?");

    public OaiRequest {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** Checks the parameters of an HTTP request (query string or form body, names repeated as sent). */
    public static OaiRequest parse(Map<String, List<String>> parameters) throws OaiException {
        List<String> verbs = parameters.getOrDefault(VERB, List.of());
        if (verbs.isEmpty()) {
            throw new OaiException(OaiError.BAD_VERB, "the verb argument is missing");
        }
        if (verbs.size() > 1) {
            throw new OaiException(OaiError.BAD_VERB, "the verb argument is repeated");
        }
        OaiVerb verb = OaiVerb.named(verbs.get(0)).orElseThrow(() ->
                new OaiException(OaiError.BAD_VERB, "'" + shorten(verbs.get(0)) + "' is not an OAI-PMH verb"));
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String name = p.getKey();
            if (name.equals(VERB)) {
                continue;
            }
            if (!verb.allows(name)) {
                throw new OaiException(OaiError.BAD_ARGUMENT,
                        verb.protocolName() + " does not take the argument '" + shorten(name) + "'");
            }
            if (p.getValue().size() != 1) {
                throw new OaiException(OaiError.BAD_ARGUMENT, "the argument '" + name + "' is repeated");
            }
            String value = p.getValue().get(0);
            if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
                throw new OaiException(OaiError.BAD_ARGUMENT, "the argument '" + name + "' has no usable value");
            }
            arguments.put(name, value);
        }
        if (arguments.containsKey(OaiVerb.RESUMPTION_TOKEN)) {
            if (arguments.size() > 1) {
                throw new OaiException(OaiError.BAD_ARGUMENT, "resumptionToken is an exclusive argument");
            }
        } else {
            for (String name : verb.required()) {
                if (!arguments.containsKey(name)) {
                    throw new OaiException(OaiError.BAD_ARGUMENT,
                            verb.protocolName() + " needs the argument '" + name + "'");
                }
            }
        }
        return new OaiRequest(verb, arguments);
    }

    /**
     * The arguments {@code <request>} may echo: those whose values have the schema's type
     * (a harvester's stray {@code metadataPrefix=a b} is answered, but not repeated back).
     */
    public Map<String, String> echoable() {
        Map<String, String> echo = new LinkedHashMap<>();
        arguments.forEach((name, value) -> {
            if (echoable(name, value)) {
                echo.put(name, value);
            }
        });
        return echo;
    }

    private static boolean echoable(String name, String value) {
        return switch (name) {
            case "metadataPrefix" -> OaiSet.SPEC_PART.matcher(value).matches();
            case "set" -> SET_SPEC.matcher(value).matches();
            case "from", "until" -> DATE.matcher(value).matches();
            case "identifier" -> uri(value);
            default -> true;
        };
    }

    private static boolean uri(String value) {
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return false;
        }
        try {
            new URI(value);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }

    private static String shorten(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }
}
