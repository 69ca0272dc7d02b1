/**
 * Community projects: the groups and courses, run by a partner, a voluntary organisation or a community group, that
 * help people near them stay well and manage their own health (walking groups, carers' support, falls prevention,
 * self-management courses, social prescribing offers). Staff keep the list; anyone may suggest a project, which waits
 * for an engagement officer's review, and anyone may report that an entry is wrong or that the project has closed.
 * An entry not checked for {@link org.bettercaretogether.domain.project.CommunityProject#CHECK_EVERY twelve months}
 * is due a check.
 */
package org.bettercaretogether.domain.project;
