/**
 * A phone line that embeds the library: its operators find the Integrated Care Community of the place a caller lives,
 * record the view the caller gives, and see which views are waiting for a partner's answer. It calls the library's
 * use cases only; the library keeps everything in PostgreSQL (or, in tests, in memory) and sends its own mail.
 */
package org.bettercaretogether.examples.phoneline;
