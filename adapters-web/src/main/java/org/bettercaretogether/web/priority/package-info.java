/**
 * What the public reads of the communities' local priorities and integrated teams: each community's ranked
 * priorities with their history and its team's make-up (as sections of the community's page and in the API), the
 * priorities of every community side by side by theme ({@code /priorities}), and the teams added up across the
 * programme ({@code /integrated-teams}). Teams are described by profession and employer, never by person.
 */
package org.bettercaretogether.web.priority;
