/** The clinical networks' repository port. */
package org.bettercaretogether.application.network;
