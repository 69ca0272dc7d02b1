/** The releases of reference data loaded, in PostgreSQL: the {@code reference_data_release} table. */
package org.bettercaretogether.persistence.referencedata;
