/**
 * The public side of the feedback loop on the web: the "Share your view" form ({@code /share-your-view}) and its
 * JSON twin ({@code POST /api/v1/feedback}, idempotent with an {@code Idempotency-Key}), the private tracking page a
 * person reaches by the link they are given ({@code /track/{token}}, never indexed, never logged, never sent on as a
 * referrer), the published views with their answers ({@code /views}, {@code /api/v1/feedback}) and the listening
 * scorecards, and the sections that put a community's or a workstream's views and scorecard on its own page. Only
 * moderated text and the partner organisation's answer ever reach the public: never a person's words as they gave
 * them, their contact details, or the name of a member of staff.
 */
package org.bettercaretogether.web.feedback;
