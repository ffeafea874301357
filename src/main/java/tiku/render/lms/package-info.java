/**
 * Helpers shared by the learning-platform exports (Moodle XML, QTI 1.2, QTI 2.1): an indenting
 * XML writer, the feedback text with its source line, HTML text for platforms that take HTML
 * strings, and the tags a question is filed under.
 */
package tiku.render.lms;
