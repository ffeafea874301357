package tiku.model;

/**
 * A year the text ties to an event.
 *
 * @param date the fuller date as written where there is one (e.g. "2025年10月28日"), else null
 * @param event a short description of what happened, in the document's language
 */
public record YearEvent(int year, String date, String event, String sentence, Citation citation) {}
