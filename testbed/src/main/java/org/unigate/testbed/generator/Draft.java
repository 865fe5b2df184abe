package org.unigate.testbed.generator;

import java.util.List;

/**
 * The language-specific part of a work: what its title, creators and publisher look like.
 *
 * @param subtitle     or null
 * @param placeHeading LCSH geographic heading of the place the work is about, or null
 * @param period       chronological subdivision, or null
 * @param form         form subdivision implied by the title ("Textbooks"), or null
 * @param localSubject the vernacular topic for CJK works, or null
 * @param series       or null
 */
record Draft(Text title, Text subtitle, boolean fiction, String topicLabel, String placeHeading,
             String period, String form, Text localSubject, List<Person> creators,
             Work.Responsibility responsibility, Imprint imprint, Text series, String summary) {
}
