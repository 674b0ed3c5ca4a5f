/**
 * The law the library rests on, as data: each legal reference is one value ({@link dk.ics.model.law.LegalReference})
 * naming the act, the section, the subsection and number, the consolidation the wording was read in, and whether the
 * project verified it or reads or supplements the law itself ({@link dk.ics.model.law.Standing}). The deadline rules,
 * the validation rules, the rule catalogue, the findings and the reports all print their basis from these values;
 * {@link dk.ics.model.law.LegalReferences} holds the ones the library uses.
 */
package dk.ics.model.law;
