/** The audit log: an append-only record of every staff action and security event. */
package org.bettercaretogether.domain.audit;
