/**
 * The programme's key questions: anyone reads them in order ({@link org.bettercaretogether.application.keyquestion.ReadKeyQuestions});
 * engagement officers and administrators add, reword, reorder and remove them
 * ({@link org.bettercaretogether.application.keyquestion.ManageKeyQuestions}), every change quoting the version it was
 * read at and written to the audit log.
 */
package org.bettercaretogether.application.keyquestion;
