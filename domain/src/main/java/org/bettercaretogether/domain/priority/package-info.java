/**
 * Local priorities: what each Integrated Care Community has chosen to work on for the people it serves, ranked, each
 * with the triple-aim dimensions it serves, the reason it was chosen, the partner that owns it and the dated steps
 * of its status. Care is consistent across Morecambe Bay; the priorities are local.
 */
package org.bettercaretogether.domain.priority;
