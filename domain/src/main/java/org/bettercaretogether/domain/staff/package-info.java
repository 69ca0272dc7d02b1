/**
 * Staff: the people of the partner organisations who sign in, the roles that say what each may do, and the
 * personal data (name, email address) that must never leave the staff side.
 */
package org.bettercaretogether.domain.staff;
