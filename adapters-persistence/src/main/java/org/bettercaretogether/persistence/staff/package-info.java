/**
 * The staff accounts in PostgreSQL: the {@code staff_member} table with the roles each holds
 * ({@code staff_member_role}, a set) and the hash of each account's password ({@code staff_password}), and how
 * those hashes are made: {@linkplain org.bettercaretogether.persistence.staff.Argon2PasswordHasher Argon2id}.
 */
package org.bettercaretogether.persistence.staff;
