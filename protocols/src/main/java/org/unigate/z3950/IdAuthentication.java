package org.unigate.z3950;

import java.util.Objects;
import org.unigate.ber.External;

/** Init's idAuthentication: {@code open} ("user/password" by convention), idPass, anonymous or other. */
public sealed interface IdAuthentication {

    record Open(String value) implements IdAuthentication {
        public Open {
            Objects.requireNonNull(value, "value");
        }
    }

    record IdPass(String groupId, String userId, String password) implements IdAuthentication {
    }

    record Anonymous() implements IdAuthentication {
    }

    record Other(External external) implements IdAuthentication {
        public Other {
            Objects.requireNonNull(external, "external");
        }
    }
}
