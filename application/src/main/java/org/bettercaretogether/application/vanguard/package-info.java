/** The vanguard profile's repository port. */
package org.bettercaretogether.application.vanguard;
