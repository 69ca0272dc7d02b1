/** The communities' guides to online consultations in PostgreSQL: the {@code online_consultation_guide} table. */
package org.bettercaretogether.persistence.onlineconsultation;
