/**
 * The funnel model (tragtmodellen): concern, hypotheses and focus points, and the dimensions an investigation must
 * cover, derived from them. Entry point: {@link dk.ics.model.funnel.Funnel#builder()}.
 */
package dk.ics.model.funnel;
