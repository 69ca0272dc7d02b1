/**
 * Security: signing staff in and out over the sessions kept for their accounts, API tokens, and the limits that
 * throttle repeated attempts. The actor and the access policy every staff use case consults are in {@code shared},
 * the staff accounts, their passwords' hashes and their sessions in {@code staff}.
 */
package org.bettercaretogether.application.security;
