/**
 * A person's requests about their data, as administrators act on them on the web: erasure of everything held about
 * them, found by a view's reference, an email address or a telephone number, and subject access, everything held
 * about them as a page to read and as one JSON document; as staff pages under {@code /staff} and in the staff API
 * under {@code /api/v1/staff}. The use cases decide who may (administrators) and record each request
 * in the audit log; what the person gave appears on these pages only, never on a public page or in a log line.
 */
package org.bettercaretogether.web.privacy;
