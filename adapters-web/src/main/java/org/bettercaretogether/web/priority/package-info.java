/**
 * What the public reads of local priorities and integrated teams across the programme: the priorities of every
 * community side by side by theme ({@code /priorities}), and the teams added up across the programme
 * ({@code /integrated-teams}). A community's own priorities and team are sections of its page, in the directory.
 * Teams are described by profession and employer, never by person.
 */
package org.bettercaretogether.web.priority;
