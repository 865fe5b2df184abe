package org.unigate.z3950;

import java.util.Objects;
import org.unigate.ber.External;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;

/** One unit of OtherInformation: an optional category and the information. */
public record OtherInfo(Category category, Information information) {

    public OtherInfo {
        Objects.requireNonNull(information, "information");
    }

    public static OtherInfo of(Information information) {
        return new OtherInfo(null, information);
    }

    /** InfoCategory: an optional type OID and a value. */
    public record Category(Oid categoryTypeId, int categoryValue) {
    }

    public sealed interface Information {
    }

    public record CharacterInfo(String text) implements Information {
        public CharacterInfo {
            Objects.requireNonNull(text, "text");
        }
    }

    public record BinaryInfo(Octets data) implements Information {
        public BinaryInfo {
            Objects.requireNonNull(data, "data");
        }
    }

    public record ExternallyDefinedInfo(External external) implements Information {
        public ExternallyDefinedInfo {
            Objects.requireNonNull(external, "external");
        }
    }

    public record OidInfo(Oid oid) implements Information {
        public OidInfo {
            Objects.requireNonNull(oid, "oid");
        }
    }
}
