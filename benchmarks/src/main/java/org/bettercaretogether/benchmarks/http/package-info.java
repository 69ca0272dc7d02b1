/**
 * A small HTTP/1.1 client over plain sockets: one keep-alive connection per thread, the whole answer read, nothing
 * compressed or redirected. The load generator and every single request of the benchmark go through it, so the
 * service and the baseline are measured by the same client.
 */
package org.bettercaretogether.benchmarks.http;
