package org.unigate.indexmap;

import java.util.ArrayList;
import java.util.List;
import org.unigate.rpn.Attribute;

/**
 * Gathers a term's attributes in the order YAZ's cql2pqf writes them (always, relation,
 * structure, position, truncation, index, relation modifiers) and yields them as YAZ's PQF reader
 * then puts them on the wire: a later attribute of a type replaces an earlier one, and the
 * survivors come out last-written first. A member thus gets from us the request yaz-client sends.
 */
final class AttributeCollector {

    private final List<Attribute> written = new ArrayList<>();

    AttributeCollector add(List<AttributeSpec> specs, String substitute) {
        specs.forEach(spec -> written.add(spec.toAttribute(substitute)));
        return this;
    }

    AttributeCollector copy() {
        AttributeCollector copy = new AttributeCollector();
        copy.written.addAll(written);
        return copy;
    }

    List<Attribute> build() {
        List<Attribute> result = new ArrayList<>();
        for (int i = written.size() - 1; i >= 0; i--) {
            Attribute attribute = written.get(i);
            if (result.stream().noneMatch(a -> a.type() == attribute.type())) {
                result.add(attribute);
            }
        }
        return result;
    }
}
