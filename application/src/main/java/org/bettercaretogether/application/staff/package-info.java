/**
 * Staff accounts: their repository port, how their passwords are hashed, the server-side sessions of those signed
 * in, and the accounts' administration.
 */
package org.bettercaretogether.application.staff;
