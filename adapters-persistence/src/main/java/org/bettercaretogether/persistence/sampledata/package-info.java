/**
 * Sample data in PostgreSQL: views written in bulk with COPY (through pgjdbc's {@code CopyManager}) rather than one
 * insert at a time, each with its themes, its history and its links to changes made, streamed in batches while the
 * next batch is being made; and the steps that must follow such a load before the service reads the views.
 */
package org.bettercaretogether.persistence.sampledata;
