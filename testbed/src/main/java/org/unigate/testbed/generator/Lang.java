package org.unigate.testbed.generator;

/** Languages of the generated works, with their MARC language codes. */
public enum Lang {
    ENGLISH("eng", false),
    CHINESE("chi", true),
    JAPANESE("jpn", true),
    KOREAN("kor", true),
    FRENCH("fre", false),
    GERMAN("ger", false),
    SPANISH("spa", false);

    private final String code;
    private final boolean cjk;

    Lang(String code, boolean cjk) {
        this.code = code;
        this.cjk = cjk;
    }

    /** MARC 21 language code, as in 008/35-37. */
    public String code() {
        return code;
    }

    /** True when the work is romanised with linked 880 vernacular fields. */
    public boolean cjk() {
        return cjk;
    }
}
