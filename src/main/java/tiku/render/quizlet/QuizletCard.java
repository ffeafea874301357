package tiku.render.quizlet;

/**
 * One flashcard: what the student sees first, and what the card turns over to.
 *
 * @param questionId the question it came from
 */
record QuizletCard(String questionId, String term, String definition) {}
