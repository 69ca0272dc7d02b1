/**
 * The content pages the footer of every page links to: the accessibility statement ({@code /accessibility}), the
 * privacy notice ({@code /privacy}) and how to get in touch ({@code /contact}). They are plain pages with no data of
 * their own to fetch, so no inbound port stands behind them; what they promise (what is kept, who sees it, how
 * erasure and subject access work, which cookies are set) describes what the rest of the service does, and must change
 * when it does. How long things are kept comes from the installation's retention settings, so that it always does.
 */
package org.bettercaretogether.web.content;
