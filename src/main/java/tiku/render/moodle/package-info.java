/**
 * Moodle XML export: one file with a category question per pillar and every question type in
 * Moodle's own element names, so a teacher imports the reviewed bank in one step.
 */
package tiku.render.moodle;
