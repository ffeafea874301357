/**
 * Anki outputs: text-import CSV files ({@link tiku.render.anki.AnkiCsvRenderer}) and a legacy
 * {@code .apkg} package ({@link tiku.render.anki.ApkgRenderer}). Both take their notes from
 * {@link tiku.render.anki.NoteBuilder}, so a question becomes the same note, with the same GUID,
 * whichever file the student imports.
 */
package tiku.render.anki;
