package tiku.render.pdf;

/** Tells a font file's outline format from its first bytes (the sfnt version tag). */
final class FontFileKind {
  static final String TRUETYPE = "truetype";
  static final String CFF = "cff";
  static final String COLLECTION = "collection";
  static final String COLLECTION_INDEX_OUT_OF_RANGE = "collection-index";
  static final String UNKNOWN = "unknown";

  private FontFileKind() {}

  /** The kind of the file, looking inside a collection at face {@code index}. */
  static String of(byte[] b, int index) {
    int tag = u32(b, 0);
    if (tag == 0x74746366) { // 'ttcf'
      int faces = u32(b, 8);
      if (index >= faces || 12 + 4 * index + 4 > b.length) {
        return COLLECTION_INDEX_OUT_OF_RANGE;
      }
      int offset = u32(b, 12 + 4 * index);
      String face = single(u32(b, offset));
      return face.equals(TRUETYPE) ? COLLECTION : face;
    }
    return single(tag);
  }

  private static String single(int tag) {
    if (tag == 0x00010000 || tag == 0x74727565) { // 1.0 or 'true'
      return TRUETYPE;
    }
    if (tag == 0x4F54544F) { // 'OTTO'
      return CFF;
    }
    return UNKNOWN;
  }

  private static int u32(byte[] b, int at) {
    if (at < 0 || at + 4 > b.length) {
      return -1;
    }
    return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
  }
}
