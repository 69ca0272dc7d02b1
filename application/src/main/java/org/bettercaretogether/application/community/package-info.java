/** Integrated Care Communities: their repository port, and finding the community for a place. */
package org.bettercaretogether.application.community;
