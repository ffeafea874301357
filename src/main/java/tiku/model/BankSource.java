package tiku.model;

import java.util.List;

/**
 * What a bank was generated from.
 *
 * @param file the source file's name (not its full path, which is the teacher's business)
 * @param sha256 of the source bytes, to tell when the document changed
 * @param date the document's date (ISO yyyy-MM-dd) where it gives one, else null
 */
public record BankSource(
    String title, Language language, String file, String sha256, String date, List<Pillar> pillars) {
  public BankSource {
    pillars = List.copyOf(pillars);
  }
}
