/**
 * Kahoot's quiz spreadsheet: multiple choice and true/false within Kahoot's limits, a time limit
 * from reading length, and a report of what does not fit (never cut to fit).
 */
package tiku.render.kahoot;
