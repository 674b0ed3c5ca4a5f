/**
 * HTML reports with inline SVG that people would rather look at than read: the case report
 * ({@link dk.ics.examples.report.CaseReport}: the ICS triangle as a magnet board, the deadlines on a timeline, the
 * findings by quality beacon) and the barometer report ({@link dk.ics.examples.report.BarometerReport}: a radar of
 * the seven aim points, bars per role, the checklist, the use of ICS, the next steps).
 *
 * <p>Each report is one self-contained file: inline CSS and SVG, no script, no font, image or link from the
 * network, A4 print rules. The HTML is also well-formed XML. Colour never carries meaning alone: shapes, patterns
 * and written labels go with it. Drawing needs no browser; {@code internal} holds the XML writer and the charts.
 */
package dk.ics.examples.report;
