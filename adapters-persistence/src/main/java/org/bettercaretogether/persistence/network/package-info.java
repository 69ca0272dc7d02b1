/** The clinical networks in PostgreSQL: the {@code clinical_network} table. */
package org.bettercaretogether.persistence.network;
