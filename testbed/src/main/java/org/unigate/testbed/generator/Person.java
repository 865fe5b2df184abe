package org.unigate.testbed.generator;

/**
 * A creator.
 *
 * @param heading   the access point form: "Smith, John", "Wang, Weiming" / 王偉明
 * @param direct    the form in a statement of responsibility: "John Smith", "Wang Weiming" / 王偉明
 * @param dates     "1950-" or "1921-1998", empty when unknown
 * @param corporate true for a corporate body (110/710)
 */
public record Person(Text heading, Text direct, String dates, boolean corporate) {
}
