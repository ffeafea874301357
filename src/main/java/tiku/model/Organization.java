package tiku.model;

/** An organization, with its acronym where the text gives one (else null). */
public record Organization(String name, String acronym, Citation citation) {}
