/**
 * The read stage: decodes a source file, recognises its format (PTT post, plain text) and parses it
 * into a {@link tiku.model.Document} whose every element keeps its span in the source.
 */
package tiku.read;
