/**
 * The integrated teams: engagement officers record each community's make-up by profession and employer; anyone reads
 * a community's team and the programme's totals by profession and by partner.
 */
package org.bettercaretogether.application.team;
