package org.unigate.oai;

/** The error codes of OAI-PMH 2.0, section 3.6, spelled as the protocol spells them. */
public enum OaiError {
    BAD_ARGUMENT("badArgument"),
    BAD_RESUMPTION_TOKEN("badResumptionToken"),
    BAD_VERB("badVerb"),
    CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
    ID_DOES_NOT_EXIST("idDoesNotExist"),
    NO_RECORDS_MATCH("noRecordsMatch"),
    NO_METADATA_FORMATS("noMetadataFormats"),
    NO_SET_HIERARCHY("noSetHierarchy");

    private final String code;

    OaiError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** After these two the request is not echoed with attributes (spec 3.2, 3.6). */
    public boolean invalidatesRequest() {
        return this == BAD_ARGUMENT || this == BAD_VERB;
    }
}
