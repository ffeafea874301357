package tiku.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;

/**
 * The regular and bold faces a worksheet is set in. When the teacher gives one font file, bold is
 * that same face drawn thicker ({@code fakeBold}).
 *
 * @param name how the font is named in messages ("Noto Sans TC", the file name of --font)
 */
public record CjkFonts(String name, BaseFont regular, BaseFont bold, boolean fakeBold) {

  /**
   * Makes the subset names ("ABCDEF+NotoSansTC") the same on every run: OpenPDF draws the six
   * letters from a SecureRandom, so each document gets a fresh one seeded from its own name.
   */
  public void seedSubsetNames(String documentKey) {
    regular.setSecureRandom(seeded(documentKey + "/regular"));
    bold.setSecureRandom(seeded(documentKey + "/bold"));
  }

  private static SecureRandom seeded(String key) {
    try {
      // SHA1PRNG seeded before its first use gives the same stream on every JVM
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(key.getBytes(StandardCharsets.UTF_8));
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA1PRNG", e);
    }
  }
}
