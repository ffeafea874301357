package tiku.model;

/** A pillar (headed section) as the bank records it, so outputs can name it. */
public record Pillar(int number, String label, String heading) {}
