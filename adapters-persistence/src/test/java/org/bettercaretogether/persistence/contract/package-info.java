/** The contract of the outbound ports (from the in-memory adapters' test-jar), kept by the PostgreSQL ports. */
package org.bettercaretogether.persistence.contract;
