package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;

/** One key of a sort request, major keys first. */
public record SortKeySpec(SortElement sortElement, Relation sortRelation, CaseSensitivity caseSensitivity,
                          MissingValueAction missingValueAction) {

    public SortKeySpec {
        Objects.requireNonNull(sortElement, "sortElement");
        Objects.requireNonNull(sortRelation, "sortRelation");
        Objects.requireNonNull(caseSensitivity, "caseSensitivity");
    }

    /** Sort by Bib-1 use attribute {@code use}, as yaz-client's {@code sort 1=4 <} does. */
    public static SortKeySpec byUse(long use, Relation relation) {
        return new SortKeySpec(new Generic(new SortAttributes(AttributeSet.BIB1, List.of(Attribute.of(Attribute.USE, use)))),
                relation, CaseSensitivity.CASE_INSENSITIVE, null);
    }

    public enum Relation implements Coded {
        ASCENDING(0), DESCENDING(1), ASCENDING_BY_FREQUENCY(3), DESCENDING_BY_FREQUENCY(4);

        private final int code;

        Relation(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }

    public enum CaseSensitivity implements Coded {
        CASE_SENSITIVE, CASE_INSENSITIVE;

        @Override
        public int code() {
            return ordinal();
        }
    }

    public sealed interface SortElement permits Generic, DatabaseSpecific {
    }

    public record Generic(SortKey key) implements SortElement {
        public Generic {
            Objects.requireNonNull(key, "key");
        }
    }

    public record DatabaseSpecific(List<DatabaseSortKey> keys) implements SortElement {
        public DatabaseSpecific {
            keys = List.copyOf(keys);
        }
    }

    public record DatabaseSortKey(String database, SortKey key) {
        public DatabaseSortKey {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(key, "key");
        }
    }

    public sealed interface SortKey permits SortField, ElementSpec, SortAttributes {
    }

    public record SortField(String field) implements SortKey {
        public SortField {
            Objects.requireNonNull(field, "field");
        }
    }

    public record ElementSpec(Specification specification) implements SortKey {
        public ElementSpec {
            Objects.requireNonNull(specification, "specification");
        }
    }

    public record SortAttributes(AttributeSet attributeSet, List<Attribute> attributes) implements SortKey {
        public SortAttributes {
            Objects.requireNonNull(attributeSet, "attributeSet");
            attributes = List.copyOf(attributes);
        }
    }

    public sealed interface MissingValueAction permits Abort, NullValue, MissingValueData {
    }

    public record Abort() implements MissingValueAction {
    }

    public record NullValue() implements MissingValueAction {
    }

    public record MissingValueData(Octets data) implements MissingValueAction {
        public MissingValueData {
            Objects.requireNonNull(data, "data");
        }
    }
}
