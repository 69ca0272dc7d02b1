/**
 * The baseline: a bare Javalin + HikariCP + JDBC server on the service's database, the ceiling that the service's
 * throughput is compared with.
 */
package org.bettercaretogether.benchmarks.baseline;
