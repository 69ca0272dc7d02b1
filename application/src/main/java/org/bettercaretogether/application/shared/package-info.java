/**
 * What every use case shares: the outcome it answers, the small family of rejections, and the transaction
 * boundary it runs in; for the staff's use cases, the actor on whose behalf they run and the access policy they
 * consult; and the unguessable tokens several features issue.
 */
package org.bettercaretogether.application.shared;
