/** Staff accounts: their repository port and their administration. */
package org.bettercaretogether.application.staff;
