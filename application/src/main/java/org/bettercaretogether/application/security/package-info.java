/**
 * Security: signing staff in and out, server-side sessions, API tokens, and the limits that throttle repeated
 * attempts. The actor and the access policy every staff use case consults are in {@code shared}.
 */
package org.bettercaretogether.application.security;
