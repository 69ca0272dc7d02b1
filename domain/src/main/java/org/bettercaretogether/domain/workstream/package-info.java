/**
 * Workstreams: the three services the review looks at, where their care is given, which partners lead and
 * take part, and how far each has come.
 */
package org.bettercaretogether.domain.workstream;
