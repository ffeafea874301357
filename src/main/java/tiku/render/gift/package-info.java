/**
 * GIFT, Moodle's text format for questions: escaping as Moodle's own exporter writes it, the same
 * names, categories, tags and feedback as the Moodle XML export, and a report of the questions
 * GIFT has no form for (ordering, cloze with several blanks).
 */
package tiku.render.gift;
