/**
 * QTI exports: a QTI 1.2 package in the form Canvas (classic quizzes), Blackboard and D2L import,
 * and a QTI 2.1 package of {@code imsqti_v2p1} items with an {@code imscp_v1p1} manifest.
 */
package tiku.render.qti;
