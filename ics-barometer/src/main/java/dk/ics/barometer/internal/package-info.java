/** The barometer's machinery: readers, writers, checks and scoring. Not exported. */
package dk.ics.barometer.internal;
