/**
 * The key questions on the web: the public page {@code /key-questions} and {@code /api/v1/key-questions}, and the
 * staff pages and API under {@code /staff/key-questions} and {@code /api/v1/staff/key-questions}, where engagement
 * officers and administrators add, reword, reorder and remove them. Answers are plain text; on the public page a
 * blank line starts a new paragraph and an address of this site, such as {@code /contact}, becomes a link.
 */
package org.bettercaretogether.web.keyquestion;
