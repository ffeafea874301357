package tiku.render.anki;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legacy {@code collection.anki2} layout (schema version 11) as genanki writes it: the tables,
 * and the JSON of the {@code col} row (collection config, note types, decks, deck options) with
 * every key current Anki requires when it imports a legacy package. All ids and times are fixed or
 * derived from names, never from the clock.
 */
public final class AnkiCollectionSchema {
  /** A fixed creation/modification time (2026-01-01T00:00:00Z) for the collection, note types and decks. */
  public static final long FIXED_SECONDS = 1_767_225_600L;

  /**
   * Raise by one whenever the note types' CSS or templates change: Anki takes an imported note
   * type's styling only when its {@code mod} is newer than the copy the student already has.
   */
  static final int NOTETYPE_REVISION = 1;

  public static final int SCHEMA_VERSION = 11;
  public static final long DEFAULT_DECK_ID = 1;
  public static final long DEFAULT_CONF_ID = 1;

  /** The keys current Anki needs in a legacy note type (anki-check README). */
  public static final List<String> REQUIRED_NOTETYPE_KEYS =
      List.of("id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css");
  public static final List<String> REQUIRED_TEMPLATE_KEYS = List.of("name", "ord", "qfmt", "afmt", "bqfmt", "bafmt");
  public static final List<String> REQUIRED_FIELD_KEYS = List.of("name", "ord", "sticky", "rtl", "font", "size");
  /** The keys current Anki needs in a legacy deck (anki-check README). */
  public static final List<String> REQUIRED_DECK_KEYS =
      List.of("id", "name", "usn", "lrnToday", "revToday", "newToday", "timeToday", "collapsed", "dyn", "conf");

  public static final List<String> DDL =
      List.of(
          "CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,"
              + " ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,"
              + " models text not null, decks text not null, dconf text not null, tags text not null)",
          "CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,"
              + " usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,"
              + " flags integer not null, data text not null)",
          "CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,"
              + " mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,"
              + " ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,"
              + " odue integer not null, odid integer not null, flags integer not null, data text not null)",
          "CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,"
              + " ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null)",
          "CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null)",
          "CREATE INDEX ix_notes_usn on notes (usn)",
          "CREATE INDEX ix_cards_usn on cards (usn)",
          "CREATE INDEX ix_revlog_usn on revlog (usn)",
          "CREATE INDEX ix_cards_nid on cards (nid)",
          "CREATE INDEX ix_cards_sched on cards (did, queue, due)",
          "CREATE INDEX ix_revlog_cid on revlog (cid)",
          "CREATE INDEX ix_notes_csum on notes (csum)");

  // sorted keys: the JSON, and so the SQLite pages, never depend on map order
  private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private static final String CSS =
      ".card {\n font-family: \"Noto Sans TC\", \"Noto Sans SC\", \"PingFang TC\", \"Microsoft JhengHei\", Arial, sans-serif;\n"
          + " font-size: 20px;\n text-align: left;\n color: black;\n background-color: white;\n}\n"
          + ".cloze {\n font-weight: bold;\n color: blue;\n}\n.nightMode .cloze {\n color: lightblue;\n}\n"
          + ".options, .answer, .explanation, .source {\n margin-top: 0.6em;\n}\n.source {\n font-size: 0.8em;\n color: #555;\n}\n"
          + ".nightMode .source {\n color: #bbb;\n}\n";

  private AnkiCollectionSchema() {}

  /** A note type's id, derived from its name so every export shares it. */
  public static long noteTypeId(AnkiNoteType type) {
    return 1_500_000_000_000L + AnkiGuid.StableHash.below(100_000_000_000L, "tiku-notetype", type.packageName());
  }

  /** A deck's id, derived from its name. */
  public static long deckId(String deckName) {
    return 1_500_000_000_000L + AnkiGuid.StableHash.below(100_000_000_000L, "tiku-deck", deckName);
  }

  public static String conf(long curModel) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("activeDecks", List.of(DEFAULT_DECK_ID));
    c.put("addToCur", true);
    c.put("collapseTime", 1200);
    c.put("curDeck", DEFAULT_DECK_ID);
    c.put("curModel", String.valueOf(curModel));
    c.put("dueCounts", true);
    c.put("estTimes", true);
    c.put("newBury", true);
    c.put("newSpread", 0);
    c.put("nextPos", 1);
    c.put("sortBackwards", false);
    c.put("sortType", "noteFld");
    c.put("timeLim", 0);
    return json(c);
  }

  /** The note types used, keyed by id. */
  public static String models(List<AnkiNoteType> types, long deckId) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (AnkiNoteType t : types) {
      all.put(String.valueOf(noteTypeId(t)), noteType(t, deckId));
    }
    return json(all);
  }

  static Map<String, Object> noteType(AnkiNoteType t, long deckId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("css", CSS);
    m.put("did", deckId);
    List<Object> flds = new ArrayList<>();
    for (int i = 0; i < t.fields().size(); i++) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("font", "Arial");
      f.put("media", List.of());
      f.put("name", t.fields().get(i));
      f.put("ord", i);
      f.put("rtl", false);
      f.put("size", 20);
      f.put("sticky", false);
      flds.add(f);
    }
    m.put("flds", flds);
    m.put("id", noteTypeId(t));
    m.put("latexPost", "\\end{document}");
    m.put(
        "latexPre",
        "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
            + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
    m.put("latexsvg", false);
    m.put("mod", FIXED_SECONDS + NOTETYPE_REVISION);
    m.put("name", t.packageName());
    List<Object> req = new ArrayList<>();
    List<Object> tmpls = new ArrayList<>();
    switch (t) {
      case BASIC -> {
        tmpls.add(template("Card 1", 0, "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"));
        req.add(List.of(0, "all", List.of(0)));
      }
      case REVERSE -> {
        tmpls.add(template("Card 1", 0, "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"));
        tmpls.add(template("Card 2", 1, "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}"));
        req.add(List.of(0, "all", List.of(0)));
        req.add(List.of(1, "all", List.of(1)));
      }
      case CLOZE -> {
        tmpls.add(template("Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"));
        req.add(List.of(0, "all", List.of(0)));
      }
      default -> throw new IllegalArgumentException(t.name());
    }
    m.put("req", req);
    m.put("sortf", 0);
    m.put("tags", List.of());
    m.put("tmpls", tmpls);
    m.put("type", t.isCloze() ? 1 : 0);
    m.put("usn", -1);
    m.put("vers", List.of());
    return m;
  }

  private static Map<String, Object> template(String name, int ord, String qfmt, String afmt) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("afmt", afmt);
    t.put("bafmt", "");
    t.put("bfont", "");
    t.put("bqfmt", "");
    t.put("bsize", 0);
    t.put("did", null);
    t.put("name", name);
    t.put("ord", ord);
    t.put("qfmt", qfmt);
    return t;
  }

  /** Anki's "Default" deck and the notes' deck. */
  public static String decks(String deckName, String descriptionHtml) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put(String.valueOf(DEFAULT_DECK_ID), deck(DEFAULT_DECK_ID, "Default", ""));
    long id = deckId(deckName);
    all.put(String.valueOf(id), deck(id, deckName, descriptionHtml));
    return json(all);
  }

  static Map<String, Object> deck(long id, String name, String desc) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("browserCollapsed", false);
    d.put("collapsed", false);
    d.put("conf", DEFAULT_CONF_ID);
    d.put("desc", desc);
    d.put("dyn", 0);
    d.put("extendNew", 0);
    d.put("extendRev", 50);
    d.put("id", id);
    d.put("lrnToday", List.of(0, 0));
    d.put("mod", FIXED_SECONDS);
    d.put("name", name);
    d.put("newToday", List.of(0, 0));
    d.put("revToday", List.of(0, 0));
    d.put("timeToday", List.of(0, 0));
    d.put("usn", -1);
    return d;
  }

  /** Anki's default deck options (genanki's DEFAULT_CONF). */
  public static String dconf() {
    Map<String, Object> lapse = new LinkedHashMap<>();
    lapse.put("delays", List.of(10));
    lapse.put("leechAction", 0);
    lapse.put("leechFails", 8);
    lapse.put("minInt", 1);
    lapse.put("mult", 0);
    Map<String, Object> nw = new LinkedHashMap<>();
    nw.put("bury", true);
    nw.put("delays", List.of(1, 10));
    nw.put("initialFactor", 2500);
    nw.put("ints", List.of(1, 4, 7));
    nw.put("order", 1);
    nw.put("perDay", 20);
    nw.put("separate", true);
    Map<String, Object> rev = new LinkedHashMap<>();
    rev.put("bury", true);
    rev.put("ease4", 1.3);
    rev.put("fuzz", 0.05);
    rev.put("ivlFct", 1);
    rev.put("maxIvl", 36500);
    rev.put("minSpace", 1);
    rev.put("perDay", 100);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("autoplay", true);
    c.put("dyn", false);
    c.put("id", DEFAULT_CONF_ID);
    c.put("lapse", lapse);
    c.put("maxTaken", 60);
    c.put("mod", 0);
    c.put("name", "Default");
    c.put("new", nw);
    c.put("replayq", true);
    c.put("rev", rev);
    c.put("timer", 0);
    c.put("usn", 0);
    return json(Map.of(String.valueOf(DEFAULT_CONF_ID), c));
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
