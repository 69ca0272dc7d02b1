/**
 * Following by email on the web: the "Get email updates" form of a consultation, a community and a workstream, the
 * page that says to check one's email, the private confirmation link, and the private unsubscribe link that a mail
 * client may call in one click (RFC 8058).
 */
package org.bettercaretogether.web.follow;
