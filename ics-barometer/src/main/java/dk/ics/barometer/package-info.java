/**
 * The ICS implementation barometer's public API: {@link dk.ics.barometer.Barometer} for scoring and trends,
 * {@link dk.ics.barometer.Rounds} for reading and writing rounds, {@link dk.ics.barometer.Checklist} for the
 * expectations of an ICS municipality, {@link dk.ics.barometer.AnchoringPlan} for the implementation/anchoring plan.
 */
package dk.ics.barometer;
