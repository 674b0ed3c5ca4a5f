/**
 * The child a case is about: {@link dk.ics.model.child.Child} (a pseudonymous id, an optional CPR number, a birth
 * date or an expected birth date) and {@link dk.ics.model.child.Cpr}, a CPR number that is checked for form and date
 * and never shows its digits in {@code toString()} or in an exception message.
 */
package dk.ics.model.child;
