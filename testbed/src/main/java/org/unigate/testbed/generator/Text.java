package org.unigate.testbed.generator;

import java.util.Objects;

/**
 * A piece of bibliographic text in its romanised form and, for CJK works, its vernacular forms.
 * Japanese and Korean have one vernacular form; Chinese has a traditional and a simplified one,
 * sharing one romanisation so that the romanisation is a function of the vernacular.
 *
 * @param roman       the ALA-LC style romanisation (or the text itself for Latin-script works)
 * @param traditional the vernacular in traditional characters (Japanese/Korean: as written); null
 *                    for Latin-script text
 * @param simplified  the vernacular in simplified characters; equals traditional outside Chinese
 */
public record Text(String roman, String traditional, String simplified) {

    public Text {
        Objects.requireNonNull(roman, "roman");
        if ((traditional == null) != (simplified == null)) {
            throw new IllegalArgumentException("both vernacular forms or neither");
        }
    }

    public static Text latin(String text) {
        return new Text(text, null, null);
    }

    public static Text vernacular(String roman, String vernacular) {
        return new Text(roman, vernacular, vernacular);
    }

    public boolean hasVernacular() {
        return traditional != null;
    }

    public String vernacular(boolean simplifiedScript) {
        return simplifiedScript ? simplified : traditional;
    }

    /** The vernacular in the wanted script, or the roman form for Latin-script text. */
    public String script(boolean simplifiedScript) {
        return hasVernacular() ? vernacular(simplifiedScript) : roman;
    }

    public Text withRoman(String newRoman) {
        return new Text(newRoman, traditional, simplified);
    }
}
