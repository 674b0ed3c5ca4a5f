/**
 * The age-divided focus areas (de aldersopdelte fokusområder): statements of resources and risks per age group and
 * dimension, from the library's illustrative catalogue or an official or municipal one loaded from JSON. Entry
 * point: {@link dk.ics.model.focus.FocusAreas}.
 */
package dk.ics.model.focus;
