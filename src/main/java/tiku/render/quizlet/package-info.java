/**
 * Quizlet flashcards as the tab-separated text its import box takes: one card a line, the
 * question in front and the answer with a short source on the back.
 */
package tiku.render.quizlet;
