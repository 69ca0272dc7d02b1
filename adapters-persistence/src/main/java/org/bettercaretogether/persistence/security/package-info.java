/**
 * Security in PostgreSQL: the staff's sessions ({@code staff_session}) and API tokens ({@code api_token}), each kept
 * under the SHA-256 hash of its token only, and the rate limits every node shares, as Bucket4j token buckets
 * ({@code rate_limit_bucket}).
 */
package org.bettercaretogether.persistence.security;
