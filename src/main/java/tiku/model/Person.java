package tiku.model;

/** A person the text is about, with the role its title gives and a romanized name (or null). */
public record Person(String name, String role, String latin, Citation citation) {}
