/**
 * The API reference: the OpenAPI 3.1 document of every public and staff route under {@code /api/}
 * ({@code /openapi.json}), and the same read as a page ({@code /developers}), drawn on the server from that document.
 */
package org.bettercaretogether.web.developers;
