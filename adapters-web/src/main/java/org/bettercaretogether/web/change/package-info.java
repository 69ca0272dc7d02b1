/**
 * "You said, we did" on the web: the public pages and API that show the changes people's views led to (for the
 * whole programme, an Integrated Care Community or a workstream), quoting only published views and counting the
 * rest; the staff pages and staff API where engagement officers and administrators record those changes, link
 * them to views and themes and move them on from planned to made; and the managed list of themes.
 */
package org.bettercaretogether.web.change;
