/**
 * What every use case shares: the outcome it answers, the small family of rejections, and the transaction
 * boundary it runs in; for the staff's use cases, the actor on whose behalf they run and the access policy they
 * consult; the unguessable tokens several features issue; and the one rule by which counts of people are published
 * ({@link org.bettercaretogether.application.shared.PublishedCount}, decided for a table of counts and their totals by
 * {@link org.bettercaretogether.application.shared.CountTable}), so that insights and consultation results hide alike.
 */
package org.bettercaretogether.application.shared;
