/**
 * Security: signing staff in and out, server-side sessions, API tokens, the access policy every staff use case
 * consults, and the limits that throttle repeated attempts.
 */
package org.bettercaretogether.application.security;
