/**
 * Consultations on the web: the public JSON API that lists them, shows one with its questions, shows the results of a
 * closed one (every count under five reported as "fewer than 5", any that would give one away as "not shown") and
 * takes a whole response in one request, once per {@code Idempotency-Key}; the pages that answer one a question at a
 * time, the answers kept by the service under a cookie's token until they are checked and sent; and the private link
 * (page and JSON) that shows a person their own answers.
 */
package org.bettercaretogether.web.consultation;
