/** Integrated Care Communities: their repository ports, and how a community changes over time. */
package org.bettercaretogether.application.community;
