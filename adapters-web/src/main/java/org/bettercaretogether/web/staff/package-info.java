/**
 * The staff side of the web adapter: signing in and out, the staff home, changing one's password, one's own API
 * tokens, {@code /api/v1/staff/me}, and the staff accounts administrators manage (each new or reset account's
 * one-time password shown once). {@link org.bettercaretogether.web.staff.StaffGate} stands before every
 * address under {@code /staff} (a session cookie, a CSRF token on every form) and {@code /api/v1/staff} (a
 * Bearer token); {@link org.bettercaretogether.web.platform.StaffAccess} tells a staff handler who is asking.
 * Whether that person may do a particular thing is left to the application's use cases.
 */
package org.bettercaretogether.web.staff;
