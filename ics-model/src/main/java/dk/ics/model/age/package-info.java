/**
 * The age groups of the age-divided focus areas and which group a child is in on a date: {@link
 * dk.ics.model.age.AgeGroups#standard()}, {@link dk.ics.model.age.AgeGroups#ageGroupOf}.
 */
package dk.ics.model.age;
